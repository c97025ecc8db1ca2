using Credence.Cli.Tests.Support;

namespace Credence.Cli.Tests.Network;

/// <summary>
/// A small graph, written by the tests, as FollowTheMoney JSON lines. X is listed by the US, the EU and the UK.
/// <list type="bullet">
/// <item>Diamond: X owns 60% of A and 60% of B; A and B each own 30% of T. T is 60% owned by blocked A and B, and 36% economically by X.</item>
/// <item>Cycle below a blocked company: A owns 60% of C, C owns 60% of D, D owns 30% of C.</item>
/// <item>Cycle with nobody listed: E and F own 50% of each other.</item>
/// <item>P is a director of A. Y has only a "sanction" topic with a US programme id, and owns 100% of Z.</item>
/// <item>X owned 100% of G until the end of 2020.</item>
/// </list>
/// </summary>
internal static class NetworkTestGraph
{
    public const string FileName = "graph.ftm.json";

    public const string Content = """
        {"id": "x", "schema": "Person", "properties": {"name": ["Xavier Listed"]}}
        {"id": "x-us", "schema": "Sanction", "properties": {"entity": ["x"], "country": ["us"], "authority": ["Office of Foreign Assets Control"], "program": ["TEST"]}}
        {"id": "x-eu", "schema": "Sanction", "properties": {"entity": ["x"], "country": ["eu"], "authority": ["Council of the European Union"], "program": ["TEST"]}}
        {"id": "x-gb", "schema": "Sanction", "properties": {"entity": ["x"], "country": ["gb"], "authority": ["HM Treasury"], "program": ["TEST"]}}
        {"id": "a", "schema": "Company", "properties": {"name": ["A Holdings"]}}
        {"id": "b", "schema": "Company", "properties": {"name": ["B Holdings"]}}
        {"id": "t", "schema": "Company", "properties": {"name": ["T Trading"]}}
        {"id": "c", "schema": "Company", "properties": {"name": ["C Cycle"]}}
        {"id": "d", "schema": "Company", "properties": {"name": ["D Cycle"]}}
        {"id": "e", "schema": "Company", "properties": {"name": ["E Unlisted"]}}
        {"id": "f", "schema": "Company", "properties": {"name": ["F Unlisted"]}}
        {"id": "g", "schema": "Company", "properties": {"name": ["G Former"]}}
        {"id": "p", "schema": "Person", "properties": {"name": ["Paula Director"]}}
        {"id": "y", "schema": "Company", "properties": {"name": ["Y Topic Only"], "topics": ["sanction"], "programId": ["US-TEST"]}}
        {"id": "z", "schema": "Company", "properties": {"name": ["Z Owned By Y"]}}
        {"id": "o-xa", "schema": "Ownership", "properties": {"owner": ["x"], "asset": ["a"], "percentage": ["60"]}}
        {"id": "o-xb", "schema": "Ownership", "properties": {"owner": ["x"], "asset": ["b"], "percentage": ["60"]}}
        {"id": "o-at", "schema": "Ownership", "properties": {"owner": ["a"], "asset": ["t"], "percentage": ["30"]}}
        {"id": "o-bt", "schema": "Ownership", "properties": {"owner": ["b"], "asset": ["t"], "percentage": ["30"]}}
        {"id": "o-ac", "schema": "Ownership", "properties": {"owner": ["a"], "asset": ["c"], "percentage": ["60"]}}
        {"id": "o-cd", "schema": "Ownership", "properties": {"owner": ["c"], "asset": ["d"], "percentage": ["60"]}}
        {"id": "o-dc", "schema": "Ownership", "properties": {"owner": ["d"], "asset": ["c"], "percentage": ["30"]}}
        {"id": "o-ef", "schema": "Ownership", "properties": {"owner": ["e"], "asset": ["f"], "percentage": ["50"]}}
        {"id": "o-fe", "schema": "Ownership", "properties": {"owner": ["f"], "asset": ["e"], "percentage": ["50"]}}
        {"id": "o-yz", "schema": "Ownership", "properties": {"owner": ["y"], "asset": ["z"], "percentage": ["100"]}}
        {"id": "o-xg", "schema": "Ownership", "properties": {"owner": ["x"], "asset": ["g"], "percentage": ["100"], "endDate": ["2020-12-31"]}}
        {"id": "d-pa", "schema": "Directorship", "properties": {"director": ["p"], "organization": ["a"], "role": ["director"]}}
        """;

    /// <summary>Writes the graph into the sandbox and returns its path.</summary>
    public static string WriteTo(CliSandbox sandbox) => sandbox.Write(FileName, Content);
}
