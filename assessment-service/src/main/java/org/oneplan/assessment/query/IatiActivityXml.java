package org.oneplan.assessment.query;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An ITPP's results framework as an IATI 2.03 activity file ({@code iati-activities} holding one
 * {@code iati-activity}): the ITPP is the activity, each partnership goal an outcome {@code result}, each
 * indicator with its {@code baseline} and a {@code period} per assessment with {@code target} and
 * {@code actual}, the sex of people counted as a {@code dimension}. Written with a streaming writer, so every
 * text and attribute is escaped.
 */
public final class IatiActivityXml {

    /** IATI's codes, from its code lists: activity status, activity date type, org role, result type, measure. */
    private static final String RESULT_OUTCOME = "2";

    private static final String MEASURE_UNIT = "1";
    private static final String MEASURE_PERCENTAGE = "2";
    private static final String DATE_PLANNED_START = "1";
    private static final String DATE_PLANNED_END = "3";
    private static final String ROLE_ACCOUNTABLE = "2";
    private static final String ROLE_IMPLEMENTING = "4";
    private static final String ORG_MULTILATERAL = "40";
    private static final String ORG_GOVERNMENT = "10";

    private IatiActivityXml() {}

    /**
     * @param reportingOrg the IATI organisation identifier OnePlan reports under (configured, see README)
     * @param generatedAt when the file is written
     */
    public static String of(ResultsFramework framework, String reportingOrg, Instant generatedAt) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", "2.03");
            xml.writeAttribute(
                    "generated-datetime",
                    generatedAt.truncatedTo(ChronoUnit.SECONDS).toString());
            activity(xml, framework, reportingOrg);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the IATI activity", e);
        }
        return out.toString();
    }

    private static void activity(XMLStreamWriter xml, ResultsFramework f, String reportingOrg)
            throws XMLStreamException {
        int lastYear = f.cycleStartYear() + 3;
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
        text(xml, "iati-identifier", reportingOrg + "-ITPP-" + f.itppId());
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", reportingOrg);
        xml.writeAttribute("type", ORG_MULTILATERAL);
        narrative(xml, "NATO");
        xml.writeEndElement();
        xml.writeStartElement("title");
        narrative(
                xml,
                "Individually Tailored Partnership Programme of " + f.partnerCode() + ", " + f.cycleStartYear() + "-"
                        + lastYear);
        xml.writeEndElement();
        xml.writeStartElement("description");
        narrative(
                xml,
                "Results framework: partnership goals, their indicators and what the approved mid-term and"
                        + " end-of-cycle assessments measured.");
        xml.writeEndElement();
        organisation(xml, ROLE_ACCOUNTABLE, ORG_MULTILATERAL, "NATO");
        organisation(xml, ROLE_IMPLEMENTING, ORG_GOVERNMENT, f.partnerCode());
        empty(xml, "activity-status", "code", activityStatus(f));
        activityDate(xml, DATE_PLANNED_START, LocalDate.of(f.cycleStartYear(), 1, 1));
        activityDate(xml, DATE_PLANNED_END, LocalDate.of(lastYear, 12, 31));
        for (ResultsFramework.Result result : f.results()) {
            result(xml, result);
        }
        xml.writeEndElement();
    }

    /** 1 pipeline (a draft), 2 implementation (approved), 4 closed (the cycle has ended). */
    private static String activityStatus(ResultsFramework f) {
        switch (f.stage()) {
            case APPROVED:
                return "2";
            case ENDED:
                return "4";
            default:
                return "1";
        }
    }

    private static void result(XMLStreamWriter xml, ResultsFramework.Result result) throws XMLStreamException {
        if (result.indicators().isEmpty()) {
            return; // IATI: a result has at least one indicator; a goal measured by none is no IATI result
        }
        xml.writeStartElement("result");
        xml.writeAttribute("type", RESULT_OUTCOME);
        xml.writeStartElement("title");
        narrative(xml, result.title());
        xml.writeEndElement();
        for (ResultsFramework.IndicatorResult indicator : result.indicators()) {
            indicator(xml, indicator);
        }
        xml.writeEndElement();
    }

    private static void indicator(XMLStreamWriter xml, ResultsFramework.IndicatorResult indicator)
            throws XMLStreamException {
        xml.writeStartElement("indicator");
        xml.writeAttribute("measure", "%".equals(indicator.unit().strip()) ? MEASURE_PERCENTAGE : MEASURE_UNIT);
        xml.writeAttribute("ascending", Boolean.toString(indicator.target().compareTo(indicator.baseline()) >= 0));
        xml.writeStartElement("title");
        narrative(xml, indicator.description() + " (" + indicator.unit() + ")");
        xml.writeEndElement();
        xml.writeStartElement("baseline");
        xml.writeAttribute("year", Integer.toString(indicator.baselineYear()));
        xml.writeAttribute("value", plain(indicator.baseline()));
        xml.writeEndElement();
        for (ResultsFramework.Period period : indicator.periods()) {
            period(xml, period);
        }
        xml.writeEndElement();
    }

    private static void period(XMLStreamWriter xml, ResultsFramework.Period period) throws XMLStreamException {
        xml.writeStartElement("period");
        empty(xml, "period-start", "iso-date", period.start().toString());
        empty(xml, "period-end", "iso-date", period.end().toString());
        if (period.target() != null) {
            empty(xml, "target", "value", plain(period.target()));
        }
        if (period.actual() != null) {
            empty(xml, "actual", "value", plain(period.actual()));
        }
        if (period.actualWomen() != null) {
            actualOfSex(xml, "female", period.actualWomen());
            actualOfSex(xml, "male", period.actualMen());
        }
        xml.writeEndElement();
    }

    /** IATI disaggregates by repeating {@code actual}, each for one value of a dimension. */
    private static void actualOfSex(XMLStreamWriter xml, String sex, BigDecimal value) throws XMLStreamException {
        xml.writeStartElement("actual");
        xml.writeAttribute("value", plain(value));
        xml.writeStartElement("dimension");
        xml.writeAttribute("name", "sex");
        xml.writeAttribute("value", sex);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void organisation(XMLStreamWriter xml, String role, String type, String name)
            throws XMLStreamException {
        xml.writeStartElement("participating-org");
        xml.writeAttribute("role", role);
        xml.writeAttribute("type", type);
        narrative(xml, name);
        xml.writeEndElement();
    }

    private static void activityDate(XMLStreamWriter xml, String type, LocalDate date) throws XMLStreamException {
        xml.writeStartElement("activity-date");
        xml.writeAttribute("type", type);
        xml.writeAttribute("iso-date", date.toString());
        xml.writeEndElement();
    }

    private static void narrative(XMLStreamWriter xml, String text) throws XMLStreamException {
        text(xml, "narrative", text);
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void empty(XMLStreamWriter xml, String element, String attribute, String value)
            throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute(attribute, value);
        xml.writeEndElement();
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
