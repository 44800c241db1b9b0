package org.patientleaflets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every page of the real site passes the W3C Nu Html Checker with no error; warnings are left to review. */
class NuHtmlCheckerTest {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    @Test
    void everyGeneratedPageIsValidHtml() throws Exception {
        Path site = RealSite.build("html-check");
        Errors errors = new Errors();
        // No language detection: it only ever warns, and would need the page text to be long.
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, errors);
        validator.setUpValidatorAndParsers(errors, false, false);

        List<String> pages = RealSite.pages(site);
        for (String page : pages) {
            errors.page = page;
            validator.checkHtmlFile(site.resolve(page).toFile(), true);
        }

        assertThat(pages).contains("index.html", "404.html", "fr/index.html", "en/mitraclip/index.html");
        assertThat(errors.found).isEmpty();
    }

    /** Collects errors as {@code page:line:column: message}. */
    private static final class Errors implements ErrorHandler {
        private final List<String> found = new ArrayList<>();
        private String page = "";

        @Override
        public void warning(SAXParseException warning) {}

        @Override
        public void error(SAXParseException error) {
            found.add(page + ":" + error.getLineNumber() + ":" + error.getColumnNumber() + ": " + error.getMessage());
        }

        @Override
        public void fatalError(SAXParseException error) {
            error(error);
        }
    }
}
