package org.oneplan.assessment.query;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * IATI's own 2.03 activity schema, where this machine has it: {@code ../shared/standards/iati-2.03} beside
 * the project (CI has it), or the folder {@code -Diati.schema.dir} names. The schema is IATI's and is not in
 * the repository.
 */
public final class IatiSchema {

    private static final String ACTIVITY_SCHEMA = "iati-activities-schema.xsd";

    private IatiSchema() {}

    public static Optional<Path> folder() {
        return Stream.of(
                        System.getProperty("iati.schema.dir"),
                        "../../shared/standards/iati-2.03",
                        "../shared/standards/iati-2.03")
                .filter(candidate -> candidate != null && !candidate.isBlank())
                .map(Path::of)
                .filter(folder -> Files.isRegularFile(folder.resolve(ACTIVITY_SCHEMA)))
                .findFirst();
    }

    /** Validates {@code xml} against the activity schema in {@code folder}; throws on the first violation. */
    public static void validate(Path folder, String xml) throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // The schema imports its companions (iati-common.xsd, xml.xsd) from its own folder, nothing remote.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Schema schema = factory.newSchema(folder.resolve(ACTIVITY_SCHEMA).toFile());
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
