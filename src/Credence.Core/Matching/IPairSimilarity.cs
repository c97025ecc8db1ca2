namespace Credence.Core.Matching;

/// <summary>The similarity in [0,1] of token <c>i</c> of one name and token <c>j</c> of the other.</summary>
internal interface IPairSimilarity
{
    double Similarity(int i, int j);
}
