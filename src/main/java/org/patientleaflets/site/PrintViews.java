package org.patientleaflets.site;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.patientleaflets.config.SiteSettings;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.FrontMatter;
import org.patientleaflets.model.Leaflet;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.pdf.QrCode;
import org.patientleaflets.render.PrintDocument;
import org.patientleaflets.render.PrintPart;

/** Builds the view of each printable leaflet: one language, or every language one after the other. */
final class PrintViews {

    private final Content content;
    private final SiteSettings settings;
    private final String logo;

    PrintViews(Content content) throws IOException {
        this.content = content;
        this.settings = content.settings();
        this.logo = settings.logo() == null ? "" : dataUri(Files.readAllBytes(settings.logo()));
    }

    private static String dataUri(byte[] image) {
        boolean png = image.length > 4 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G';
        return "data:image/" + (png ? "png" : "jpeg") + ";base64,"
                + Base64.getEncoder().encodeToString(image);
    }

    PrintDocument single(LeafletText text) {
        PrintPart part = part(text, 1, text.language());
        return document(settings.locale(text.language()), part.title(), part.summary(), List.of(part));
    }

    /** Every language of the leaflet in the site's order, the source first. */
    PrintDocument multilingual(Leaflet leaflet) {
        List<PrintPart> parts = new ArrayList<>();
        for (String language : settings.languages()) {
            leaflet.text(language)
                    .ifPresent(text -> parts.add(part(text, parts.size() + 1, settings.sourceLanguage())));
        }
        String title = String.join(" / ", parts.stream().map(PrintPart::title).toList());
        return document(
                settings.locale(settings.sourceLanguage()), title, parts.get(0).summary(), parts);
    }

    private PrintDocument document(String language, String title, String subject, List<PrintPart> parts) {
        String author = settings.name(settings.sourceLanguage());
        return new PrintDocument(
                language, title, author, subject, settings.pageSize().css(), parts);
    }

    /**
     * @param number the part's place in the document, from 1
     * @param pdfLanguage the language folder the PDF is written into
     */
    private PrintPart part(LeafletText text, int number, String pdfLanguage) {
        String language = text.language();
        FrontMatter frontMatter = text.frontMatter();
        String currentUrl =
                settings.baseUrl().resolve(language + "/" + text.slug() + "/").toString();
        Document body = Jsoup.parseBodyFragment(
                text.body().orElseThrow(() -> SiteViews.notRendered(text)).html());
        // Images lie beside the page of their own language, which need not be the PDF's folder.
        String pdfFolder = UrlScheme.leaflet(pdfLanguage, text.slug());
        String pageFolder = language + "/" + text.slug() + "/";
        for (Element image : body.select("img[src]")) {
            if (!image.attr("src").contains(":")) {
                image.attr("src", UrlScheme.relative(pdfFolder, pageFolder + image.attr("src")));
            }
        }
        List<PrintPart.Bookmark> bookmarks = new ArrayList<>();
        // Ids repeat across languages ("contact"); a part prefix keeps them unique in one document.
        // The link's title becomes its alternate description, which PDF/UA requires of every link.
        for (Element link : body.select("a[href]")) {
            if (!link.hasAttr("title")) {
                link.attr("title", link.text() + " (" + link.attr("href") + ")");
            }
        }
        for (Element element : body.select("[id]")) {
            element.id("part" + number + "-" + element.id());
            if (element.nameIs("h2")) {
                bookmarks.add(new PrintPart.Bookmark(element.text(), element.id()));
            }
        }
        return new PrintPart(
                settings.locale(language),
                language,
                ReaderDates.languageName(language),
                SiteViews.typography(settings.name(language), language),
                logo,
                SiteViews.typography(frontMatter.title(), language),
                SiteViews.typography(frontMatter.text(FrontMatter.SUMMARY).orElse(""), language),
                text.slug(),
                SiteViews.documentControl(frontMatter, language),
                currentUrl,
                QrCode.pngDataUri(currentUrl),
                body.body().html(),
                bookmarks,
                GlossaryTerms.used(content, text),
                frontMatter.flag(FrontMatter.CONSENT_FORM).orElse(settings.consentForm()));
    }
}
