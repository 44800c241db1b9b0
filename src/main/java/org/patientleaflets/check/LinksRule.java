package org.patientleaflets.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.Leaflet;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.model.Link;

/**
 * Links lead somewhere: to a heading of the same text ({@code #risks}), to another leaflet in the same
 * language ({@code ../mitraclip/}), or to a web page, an e-mail address or a phone number. Links that
 * could run code ({@code javascript:}, {@code data:}) are refused. Images are files of the leaflet's own
 * folder, with an alternative text for readers who cannot see them.
 */
public final class LinksRule implements Rule {

    static final String ID = "links";

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern OTHER_LEAFLET = Pattern.compile("^\\.\\./([^/#?]+)/?(?:index\\.html)?(?:#(.*))?$");
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto", "tel");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Links lead to a heading, a leaflet or a web page; images are files of the leaflet with alternative text.";
    }

    @Override
    public void check(Content content, Findings findings) {
        for (Leaflet leaflet : content.leaflets()) {
            for (LeafletText text : leaflet.texts().values()) {
                for (Link link : text.links()) {
                    if (link.image()) {
                        checkImage(leaflet, text, link, findings);
                    } else {
                        checkLink(content, text, link, findings);
                    }
                }
            }
        }
    }

    private static void checkLink(Content content, LeafletText text, Link link, Findings findings) {
        String destination = link.destination().strip();
        Optional<String> scheme = scheme(destination);
        if (scheme.isPresent()) {
            if (!ALLOWED_SCHEMES.contains(scheme.get())) {
                findings.error(
                        link.position(),
                        "a '" + scheme.get() + ":' link is refused, since it could run code or open files on the"
                                + " reader's device: link to a web page (https://...), an e-mail address (mailto:)"
                                + " or a phone number (tel:)");
            }
            return;
        }
        if (destination.startsWith("#")) {
            checkAnchor(text, destination.substring(1), link, findings);
            return;
        }
        Matcher other = OTHER_LEAFLET.matcher(destination);
        if (!other.matches()) {
            findings.error(
                    link.position(),
                    "'" + destination + "' is neither another leaflet nor a heading: link to another leaflet as"
                            + " ../<folder>/ or to a heading of this text as #<id>");
            return;
        }
        Optional<LeafletText> target = content.leaflets().stream()
                .filter(leaflet -> leaflet.slug().equals(other.group(1)))
                .findFirst()
                .flatMap(leaflet -> leaflet.text(text.language()));
        if (target.isEmpty()) {
            findings.error(
                    link.position(),
                    "there is no leaflet '" + other.group(1) + "' in " + Languages.name(text.language())
                            + ": link to ../<folder>/ of a leaflet that has a text in "
                            + Languages.name(text.language()));
        } else if (other.group(2) != null && !other.group(2).isEmpty()) {
            checkAnchor(target.get(), other.group(2), link, findings);
        }
    }

    private static void checkAnchor(LeafletText target, String anchor, Link link, Findings findings) {
        if (!target.anchors().contains(anchor)) {
            findings.error(
                    link.position(),
                    "no heading of " + target.path() + " has the id '" + anchor + "': use one of "
                            + String.join(
                                    ", ",
                                    target.anchors().stream()
                                            .map(id -> "#" + id)
                                            .toList()));
        }
    }

    private static void checkImage(Leaflet leaflet, LeafletText text, Link link, Findings findings) {
        String folder = text.path().substring(0, text.path().lastIndexOf('/') + 1);
        if (scheme(link.destination().strip()).isPresent()) {
            findings.error(
                    link.position(),
                    "the image '" + link.destination() + "' is not a file of the leaflet: pages load nothing from"
                            + " other sites, so save it in " + folder + "images/ and write images/<name>");
            return;
        }
        Optional<String> path = link.relativePath();
        if (path.isEmpty()
                || leaflet.file(path.get())
                        .filter(file -> !linksOutside(leaflet, file))
                        .isEmpty()) {
            findings.error(
                    link.position(),
                    "the image '" + link.destination() + "' lies outside the leaflet's folder: move it into " + folder
                            + "images/ and write images/<name>");
            return;
        }
        Path file = leaflet.file(path.get()).get();
        if (!Files.isRegularFile(file)) {
            findings.error(
                    link.position(),
                    "the image '" + link.destination() + "' does not exist: add the file " + folder + path.get()
                            + " or correct the path");
        } else if (!readableImage(file)) {
            findings.error(
                    link.position(),
                    "the image '" + link.destination() + "' is not a PNG, JPEG or GIF picture that pages and"
                            + " PDFs can show: save it again in one of those formats");
        }
        if (link.text().isBlank()) {
            findings.error(
                    link.position(),
                    "the image '" + link.destination() + "' has no alternative text, so a screen reader cannot"
                            + " describe it: write what it shows between the brackets, ![like this](...)");
        }
    }

    /** Whether a browser and the PDF renderer can both show the file: it decodes as a picture. */
    private static boolean readableImage(Path file) {
        try {
            return ImageIO.read(file.toFile()) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a file of the folder is a symbolic link, or lies in a linked folder, leading elsewhere. */
    private static boolean linksOutside(Leaflet leaflet, Path file) {
        try {
            return Files.exists(file)
                    && !file.toRealPath().startsWith(leaflet.folder().toRealPath());
        } catch (IOException e) {
            return true;
        }
    }

    private static Optional<String> scheme(String destination) {
        Matcher matcher = SCHEME.matcher(destination);
        return matcher.find() ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
