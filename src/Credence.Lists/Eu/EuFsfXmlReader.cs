using System.Globalization;
using System.Xml.Linq;
using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.Eu;

/// <summary>
/// Reads the current EU Financial Sanctions Files XML (root "export" in namespace <see cref="Namespace"/>) into
/// <see cref="EuFsfXmlRecord"/>s, one sanctionEntity at a time, without interpreting any value. Elements are matched by local
/// name, so a copy saved without its namespace still reads; elements the format adds later are skipped.
/// </summary>
public sealed class EuFsfXmlReader
{
    /// <summary>The namespace of the EU export format.</summary>
    public const string Namespace = "http://eu.europa.ec/fpi/fsd/export";

    private const string FormatName = "EU Financial Sanctions Files XML (export/sanctionEntity)";

    /// <summary>
    /// Reads <paramref name="content"/> forwards once; the stream is left open. Over-long values are cut (names and short fields
    /// at 4,096 characters, remarks at 65,536) with a warning.
    /// </summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="fileName">The file name used in diagnostics and errors.</param>
    /// <param name="cancellationToken">Checked between entities.</param>
    /// <exception cref="ListFormatException">The input is not XML, is truncated or malformed, has a DTD, or its root is not "export".</exception>
    public EuRecordSet<EuFsfXmlRecord> Read(Stream content, string fileName, CancellationToken cancellationToken = default) =>
        EuXml.ReadEntities(content, fileName, FormatName, "export", "generationDate", "sanctionEntity", ReadEntity, cancellationToken);

    private static EuFsfXmlRecord ReadEntity(XElement entity, string file, List<ParseDiagnostic> diagnostics)
    {
        var logicalId = EuXml.Attr(entity, "logicalId");
        var label = string.Create(CultureInfo.InvariantCulture, $"sanctionEntity logicalId={EuXmlFields.Short(logicalId)}");
        var regulations = new List<EuFsfRegulation>();
        var names = new List<EuFsfNameAlias>();
        var citizenships = new List<EuFsfCitizenship>();
        var births = new List<EuFsfBirthdate>();
        var identifications = new List<EuFsfIdentification>();
        var addresses = new List<EuFsfAddress>();
        var remarks = new List<string>();
        string? subjectCode = null, subjectClass = null;

        foreach (var child in entity.Elements())
        {
            var e = new EuXmlFields(file, label, diagnostics, child);
            switch (child.Name.LocalName)
            {
                case "regulation":
                    regulations.Add(new EuFsfRegulation
                    {
                        Line = e.Line,
                        RegulationType = e.Get("regulationType"),
                        OrganisationType = e.Get("organisationType"),
                        Programme = e.Get("programme"),
                        PublicationDate = e.Get("publicationDate"),
                        EntryIntoForceDate = e.Get("entryIntoForceDate"),
                        NumberTitle = e.Get("numberTitle"),
                        PublicationUrl = e.Child("publicationUrl", EuFieldLimits.Name),
                        LogicalId = e.Get("logicalId"),
                    });
                    break;
                case "subjectType":
                    subjectCode = e.Get("code");
                    subjectClass = e.Get("classificationCode");
                    break;
                case "nameAlias":
                    names.Add(new EuFsfNameAlias
                    {
                        Line = e.Line,
                        WholeName = e.Get("wholeName"),
                        FirstName = e.Get("firstName"),
                        MiddleName = e.Get("middleName"),
                        LastName = e.Get("lastName"),
                        Title = e.Get("title"),
                        Function = e.Get("function", EuFieldLimits.Text),
                        Gender = e.Get("gender"),
                        NameLanguage = e.Get("nameLanguage"),
                        Strong = e.Get("strong"),
                        LogicalId = e.Get("logicalId"),
                    });
                    break;
                case "citizenship":
                    citizenships.Add(new EuFsfCitizenship
                    {
                        Line = e.Line,
                        CountryIso2Code = e.Get("countryIso2Code"),
                        CountryDescription = e.Get("countryDescription"),
                        Region = e.Get("region"),
                        LogicalId = e.Get("logicalId"),
                    });
                    break;
                case "birthdate":
                    births.Add(new EuFsfBirthdate
                    {
                        Line = e.Line,
                        Birthdate = e.Get("birthdate"),
                        Year = e.Get("year"),
                        MonthOfYear = e.Get("monthOfYear"),
                        DayOfMonth = e.Get("dayOfMonth"),
                        Circa = e.Get("circa"),
                        YearRangeFrom = e.Get("yearRangeFrom"),
                        YearRangeTo = e.Get("yearRangeTo"),
                        City = e.Get("city"),
                        Place = e.Get("place"),
                        Region = e.Get("region"),
                        ZipCode = e.Get("zipCode"),
                        CountryIso2Code = e.Get("countryIso2Code"),
                        CountryDescription = e.Get("countryDescription"),
                        LogicalId = e.Get("logicalId"),
                    });
                    break;
                case "identification":
                    identifications.Add(new EuFsfIdentification
                    {
                        Line = e.Line,
                        Number = e.Get("number"),
                        LatinNumber = e.Get("latinNumber"),
                        IdentificationTypeCode = e.Get("identificationTypeCode"),
                        IdentificationTypeDescription = e.Get("identificationTypeDescription"),
                        CountryIso2Code = e.Get("countryIso2Code"),
                        CountryDescription = e.Get("countryDescription"),
                        IssuedBy = e.Get("issuedBy"),
                        Remark = e.Child("remark", EuFieldLimits.Text),
                        LogicalId = e.Get("logicalId"),
                    });
                    break;
                case "address":
                    addresses.Add(new EuFsfAddress
                    {
                        Line = e.Line,
                        Street = e.Get("street"),
                        PoBox = e.Get("poBox"),
                        ZipCode = e.Get("zipCode"),
                        City = e.Get("city"),
                        Region = e.Get("region"),
                        Place = e.Get("place"),
                        CountryIso2Code = e.Get("countryIso2Code"),
                        CountryDescription = e.Get("countryDescription"),
                        Remark = e.Child("remark", EuFieldLimits.Text),
                        LogicalId = e.Get("logicalId"),
                    });
                    break;
                case "remark":
                    if (e.Text(EuFieldLimits.Text) is { } remark) remarks.Add(remark);
                    break;
            }
        }

        var self = new EuXmlFields(file, label, diagnostics, entity);
        return new EuFsfXmlRecord
        {
            Line = self.Line,
            LogicalId = self.Get("logicalId"),
            EuReferenceNumber = self.Get("euReferenceNumber"),
            UnitedNationId = self.Get("unitedNationId"),
            DesignationDate = self.Get("designationDate"),
            DesignationDetails = self.Get("designationDetails", EuFieldLimits.Text),
            SubjectTypeCode = subjectCode,
            SubjectClassificationCode = subjectClass,
            Regulations = regulations,
            NameAliases = names,
            Citizenships = citizenships,
            Birthdates = births,
            Identifications = identifications,
            Addresses = addresses,
            Remarks = remarks,
        };
    }

}
