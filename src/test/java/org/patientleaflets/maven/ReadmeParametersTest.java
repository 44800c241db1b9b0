package org.patientleaflets.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** README documents exactly the goals and parameters the generated plugin descriptor has. */
class ReadmeParametersTest {

    private static final Pattern README_PARAMETER_ROW =
            Pattern.compile("^\\| `(\\w+)` \\| `(leaflet\\.\\w+)` \\|", Pattern.MULTILINE);
    private static final Pattern README_GOAL_ROW = Pattern.compile("^\\| `leaflet:(\\w+)` \\|", Pattern.MULTILINE);

    @Test
    void readmeListsEveryUserParameterOfTheDescriptorAndNoOther() throws Exception {
        Document descriptor = descriptor();
        Set<String> described = new TreeSet<>();
        NodeList parameters = descriptor.getElementsByTagName("parameter");
        for (int i = 0; i < parameters.getLength(); i++) {
            Element parameter = (Element) parameters.item(i);
            if (text(parameter, "editable").equals("true") && !isHelpMojo(parameter)) {
                described.add(text(parameter, "name"));
            }
        }
        Set<String> documented = new TreeSet<>();
        List<String> properties = new ArrayList<>();
        Matcher row = README_PARAMETER_ROW.matcher(readme());
        while (row.find()) {
            documented.add(row.group(1));
            properties.add(row.group(2));
        }

        assertThat(documented).isEqualTo(described);
        assertThat(properties).allSatisfy(property -> assertThat(configurationText(descriptor))
                .contains("${" + property + "}"));
    }

    @Test
    void readmeListsEveryGoal() throws Exception {
        Set<String> goals = new TreeSet<>();
        NodeList mojos = descriptor().getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            goals.add(text((Element) mojos.item(i), "goal"));
        }
        Set<String> documented = new TreeSet<>();
        Matcher row = README_GOAL_ROW.matcher(readme());
        while (row.find()) {
            documented.add(row.group(1));
        }

        assertThat(documented).isEqualTo(goals);
    }

    private static boolean isHelpMojo(Element parameter) {
        Element mojo = (Element) parameter.getParentNode().getParentNode();
        return text(mojo, "goal").equals("help");
    }

    private static String configurationText(Document descriptor) {
        StringBuilder text = new StringBuilder();
        NodeList configurations = descriptor.getElementsByTagName("configuration");
        for (int i = 0; i < configurations.getLength(); i++) {
            text.append(configurations.item(i).getTextContent());
        }
        return text.toString();
    }

    private static String text(Element element, String child) {
        NodeList nodes = element.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    private static Document descriptor() throws Exception {
        try (InputStream in = ReadmeParametersTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in).as("the generated plugin descriptor").isNotNull();
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"));
    }
}
