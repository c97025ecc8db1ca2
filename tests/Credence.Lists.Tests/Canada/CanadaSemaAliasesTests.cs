using Credence.Lists.Canada;

namespace Credence.Lists.Tests.Canada;

public sealed class CanadaSemaAliasesTests
{
    [Theory]
    [InlineData("Union of Myanmar Economic Holding Ltd., Myanma Economic Holdings Limited (MEHL)",
        new[] { "Union of Myanmar Economic Holding Ltd.", "Myanma Economic Holdings Limited (MEHL)" })]
    [InlineData("Air Bagan Holdings Pte. Ltd., Air Bagan Limited", new[] { "Air Bagan Holdings Pte. Ltd.", "Air Bagan Limited" })]
    [InlineData("Htoo Wood, Htoo Wood Products, Htoo Wood Products Pte. Limited, Htoo Wood-Based Industry",
        new[] { "Htoo Wood", "Htoo Wood Products", "Htoo Wood Products Pte. Limited", "Htoo Wood-Based Industry" })]
    [InlineData("Islamic Revolutionary Guard Corps (IRGC, Pasdaran), Sepah", new[] { "Islamic Revolutionary Guard Corps (IRGC, Pasdaran)", "Sepah" })]
    [InlineData("Конкорд Менеджмент и консалтинг, ООО", new[] { "Конкорд Менеджмент и консалтинг, ООО" })]
    [InlineData("Банк Зенит, ПАО", new[] { "Банк Зенит, ПАО" })]
    [InlineData("ACME Trading, Inc., ACME Group", new[] { "ACME Trading, Inc.", "ACME Group" })]
    [InlineData("Общество «Добровольное общество содействия армии, авиации и флоту России»",
        new[] { "Общество «Добровольное общество содействия армии, авиации и флоту России»" })]
    [InlineData("Федеральное агентство по делам Содружества, соотечественников, проживающих за рубежом",
        new[] { "Федеральное агентство по делам Содружества, соотечественников, проживающих за рубежом" })]
    [InlineData("RAOS JSC; РУСАТОМ Оверсиз", new[] { "RAOS JSC", "РУСАТОМ Оверсиз" })]
    [InlineData("Myanma Five Star Line Company\nLimited", new[] { "Myanma Five Star Line Company Limited" })]
    [InlineData("King Royal Technologies Co. Ltd.,\nKing Royal Technologies Ltd.", new[] { "King Royal Technologies Co. Ltd.", "King Royal Technologies Ltd." })]
    [InlineData("Alexander, or Alexandr Valerievich Kalinin", new[] { "Alexander", "Alexandr Valerievich Kalinin" })]
    [InlineData("Andrei TARASEVICH, Belarusian: Андрэй ТАРАСЕВIЧ, Russian : Андрей ТАРАСЕВИЧ",
        new[] { "Andrei TARASEVICH", "Андрэй ТАРАСЕВIЧ", "Андрей ТАРАСЕВИЧ" })]
    [InlineData("Открытое акционерное общество \"АЛЕВКУРП\"/ ОАО \"АЛЕВКУРП, Alevkurp",
        new[] { "Открытое акционерное общество \"АЛЕВКУРП\"/ ОАО \"АЛЕВКУРП", "Alevkurp" })]
    [InlineData("Bank (unclosed, Second", new[] { "Bank (unclosed", "Second" })]
    [InlineData("  Same ,Same,  ", new[] { "Same" })]
    [InlineData("", new string[0])]
    [InlineData(" , ; ", new string[0])]
    public void Split_Cell_GivesTheNames(string cell, string[] expected) => Assert.Equal(expected, CanadaSemaAliases.Split(cell));
}
