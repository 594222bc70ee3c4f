package org.oneplan.assessment.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The IATI 2.03 export of a results framework: its structure always, IATI's schema where the machine has it. */
class IatiActivityXmlTest {

    private static final Instant NOW = Instant.parse("2027-11-02T10:15:30.123Z");

    private static String export(String goalTitle) {
        return IatiActivityXml.of(
                ResultsFramework.of(ResultsFixture.itpp(goalTitle), List.of(ResultsFixture.approvedMidTerm())),
                "XM-TEST",
                NOW);
    }

    private static Document parsed(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String at(Document xml, String path) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(path, xml);
    }

    private static int count(Document xml, String path) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(path, xml, XPathConstants.NODESET))
                .getLength();
    }

    @Test
    void the_itpp_is_one_iati_activity_with_a_result_per_goal_and_periods_with_targets_and_actuals() throws Exception {
        Document xml = parsed(export("Deployable battalion"));

        assertThat(at(xml, "/iati-activities/@version")).isEqualTo("2.03");
        assertThat(at(xml, "/iati-activities/@generated-datetime")).isEqualTo("2027-11-02T10:15:30Z");
        assertThat(at(xml, "//iati-activity/iati-identifier")).isEqualTo("XM-TEST-ITPP-" + ResultsFixture.ITPP);
        assertThat(at(xml, "//iati-activity/activity-status/@code")).isEqualTo("2");
        assertThat(at(xml, "//activity-date[@type='1']/@iso-date")).isEqualTo("2026-01-01");
        assertThat(at(xml, "//activity-date[@type='3']/@iso-date")).isEqualTo("2029-12-31");
        assertThat(count(xml, "//result[@type='2']")).isEqualTo(1);
        assertThat(at(xml, "//result/title/narrative")).isEqualTo("Deployable battalion");
        assertThat(count(xml, "//result/indicator")).isEqualTo(2);

        String trained = "//indicator[title/narrative='Officers trained (officers)']";
        assertThat(at(xml, trained + "/baseline/@year")).isEqualTo("2025");
        assertThat(at(xml, trained + "/baseline/@value")).isEqualTo("0");
        assertThat(count(xml, trained + "/period")).isEqualTo(2);
        assertThat(at(xml, trained + "/period[1]/period-start/@iso-date")).isEqualTo("2026-01-01");
        assertThat(at(xml, trained + "/period[1]/period-end/@iso-date")).isEqualTo("2027-12-31");
        assertThat(at(xml, trained + "/period[1]/actual[not(dimension)]/@value"))
                .isEqualTo("40");
        assertThat(at(xml, trained + "/period[1]/actual[dimension/@value='female']/@value"))
                .isEqualTo("12");
        assertThat(at(xml, trained + "/period[1]/actual[dimension/@value='male']/@value"))
                .isEqualTo("28");
        assertThat(count(xml, trained + "/period[1]/target")).isZero();
        assertThat(at(xml, trained + "/period[2]/target/@value")).isEqualTo("60");
        assertThat(count(xml, trained + "/period[2]/actual")).isZero();

        String units = "//indicator[title/narrative='Units certified (units)']";
        assertThat(at(xml, units + "/period[1]/target/@value")).isEqualTo("1");
        assertThat(count(xml, units + "/period[1]/actual")).isEqualTo(1);
        assertThat(count(xml, units + "/period[1]/actual/dimension")).isZero();
    }

    @Test
    void text_from_users_is_escaped_not_markup() throws Exception {
        String xml = export("<script>alert(1)</script> & \"quotes\"");

        assertThat(xml).doesNotContain("<script>");
        assertThat(at(parsed(xml), "//result/title/narrative")).isEqualTo("<script>alert(1)</script> & \"quotes\"");
    }

    @Test
    void the_export_is_valid_against_the_iati_2_03_activity_schema() throws Exception {
        Optional<Path> schema = IatiSchema.folder();
        assumeThat(schema)
                .as("IATI's schema folder (../shared/standards/iati-2.03)")
                .isPresent();

        IatiSchema.validate(schema.get(), export("Deployable battalion"));
        IatiSchema.validate(schema.get(), export("<b>bold</b> & more"));
        // The check can fail: a file without its activity is not IATI.
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> IatiSchema.validate(schema.get(), "<iati-activities version=\"2.03\"/>"))
                .isInstanceOf(org.xml.sax.SAXException.class);
    }
}
