package org.patientleaflets.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** No content file can put script into a page: each known cross-site-scripting payload renders inert. */
class MarkdownHtmlSafetyTest {

    private static final MarkdownHtml ESCAPING = new MarkdownHtml("BE");
    private static final MarkdownHtml ALLOWING = new MarkdownHtml("BE", true);

    static Stream<String> payloads() throws IOException {
        try (InputStream in =
                Objects.requireNonNull(MarkdownHtmlSafetyTest.class.getResourceAsStream("xss-payloads.txt"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .filter(line -> !line.isBlank() && !line.startsWith("#"))
                            .map(line -> line.replace("\\n", "\n"))
                            .toList()
                            .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void rendersEveryKnownPayloadInert(String payload) {
        assertInert(ESCAPING, payload);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void rendersEveryKnownPayloadInertWhenTextsMayHoldHtml(String payload) {
        assertInert(ALLOWING, payload);
    }

    private static void assertInert(MarkdownHtml markdown, String payload) {
        for (String language : new String[] {"fr", "en"}) {
            Document page =
                    Jsoup.parseBodyFragment(markdown.render(payload, language).html());

            assertThat(page.select("script, iframe, object, embed, svg, math, form, base, meta, style"))
                    .as("elements in %s", payload)
                    .isEmpty();
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String value = attribute.getValue().strip().toLowerCase(java.util.Locale.ROOT);
                    assertThat(attribute.getKey())
                            .as("attribute in %s", payload)
                            .doesNotStartWith("on");
                    assertThat(attribute.getKey())
                            .as("attribute in %s", payload)
                            .isNotEqualTo("style");
                    assertThat(value)
                            .as("%s=%s in %s", attribute.getKey(), value, payload)
                            .doesNotStartWith("javascript:")
                            .doesNotStartWith("vbscript:")
                            .doesNotStartWith("data:text");
                }
            }
        }
    }
}
