using System.Globalization;
using System.Xml.Linq;
using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.Eu;

/// <summary>
/// Reads the legacy (2016) EU XML (root WHOLE, one ENTITY per listed party with NAME, BIRTH, PASSPORT, CITIZEN and ADDRESS
/// children whose values are child-element texts) into <see cref="EuFsfLegacyXmlRecord"/>s, without interpreting any value.
/// </summary>
public sealed class EuFsfLegacyXmlReader
{
    private const string FormatName = "legacy EU sanctions XML (WHOLE/ENTITY)";

    /// <summary>
    /// Reads <paramref name="content"/> forwards once; the stream is left open. Over-long values are cut (4,096 characters,
    /// remarks 65,536) with a warning.
    /// </summary>
    /// <exception cref="ListFormatException">The input is not XML, is truncated or malformed, has a DTD, or its root is not "WHOLE".</exception>
    public EuRecordSet<EuFsfLegacyXmlRecord> Read(Stream content, string fileName, CancellationToken cancellationToken = default) =>
        EuXml.ReadEntities(content, fileName, FormatName, "WHOLE", "Date", "ENTITY", ReadEntity, cancellationToken);

    private static EuFsfLegacyXmlRecord ReadEntity(XElement entity, string file, List<ParseDiagnostic> diagnostics)
    {
        var label = string.Create(CultureInfo.InvariantCulture, $"ENTITY Id={EuXmlFields.Short(EuXml.Attr(entity, "Id"))}");
        var names = new List<EuFsfLegacyName>();
        var births = new List<EuFsfLegacyBirth>();
        var passports = new List<EuFsfLegacyPassport>();
        var citizens = new List<EuFsfLegacyCitizen>();
        var addresses = new List<EuFsfLegacyAddress>();
        foreach (var child in entity.Elements())
        {
            var e = new EuXmlFields(file, label, diagnostics, child);
            switch (child.Name.LocalName)
            {
                case "NAME":
                    names.Add(new EuFsfLegacyName
                    {
                        Line = e.Line,
                        Id = e.Get("Id"),
                        FirstName = e.Child("FIRSTNAME"),
                        MiddleName = e.Child("MIDDLENAME"),
                        LastName = e.Child("LASTNAME"),
                        WholeName = e.Child("WHOLENAME"),
                        Gender = e.Child("GENDER"),
                        Title = e.Child("TITLE"),
                        Function = e.Child("FUNCTION", EuFieldLimits.Text),
                        Language = e.Child("LANGUAGE"),
                        Programme = e.Get("programme"),
                    });
                    break;
                case "BIRTH":
                    births.Add(new EuFsfLegacyBirth
                    {
                        Line = e.Line,
                        Id = e.Get("Id"),
                        Date = e.Child("DATE"),
                        Place = e.Child("PLACE"),
                        Country = e.Child("COUNTRY"),
                    });
                    break;
                case "PASSPORT":
                    passports.Add(new EuFsfLegacyPassport { Line = e.Line, Id = e.Get("Id"), Number = e.Child("NUMBER"), Country = e.Child("COUNTRY") });
                    break;
                case "CITIZEN":
                    citizens.Add(new EuFsfLegacyCitizen { Line = e.Line, Id = e.Get("Id"), Country = e.Child("COUNTRY") });
                    break;
                case "ADDRESS":
                    addresses.Add(new EuFsfLegacyAddress
                    {
                        Line = e.Line,
                        Id = e.Get("Id"),
                        Number = e.Child("NUMBER"),
                        Street = e.Child("STREET"),
                        ZipCode = e.Child("ZIPCODE"),
                        City = e.Child("CITY"),
                        Country = e.Child("COUNTRY"),
                        Other = e.Child("OTHER", EuFieldLimits.Text),
                    });
                    break;
            }
        }
        var self = new EuXmlFields(file, label, diagnostics, entity);
        return new EuFsfLegacyXmlRecord
        {
            Line = self.Line,
            Id = self.Get("Id"),
            Type = self.Get("Type"),
            LegalBasis = self.Get("legal_basis"),
            RegDate = self.Get("reg_date"),
            PdfLink = self.Get("pdf_link"),
            Programme = self.Get("programme"),
            Remark = self.Get("remark", EuFieldLimits.Text),
            Names = names,
            Births = births,
            Passports = passports,
            Citizens = citizens,
            Addresses = addresses,
        };
    }
}
