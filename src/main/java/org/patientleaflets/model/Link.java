package org.patientleaflets.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * A link or an image in a text.
 *
 * @param destination the address as written, such as {@code ../mitraclip/}, {@code #risks} or
 *     {@code images/valve.png}
 * @param text the link's words, or an image's alternative text
 * @param image whether this is an image rather than a link
 * @param position where the link starts
 */
public record Link(String destination, String text, boolean image, SourcePosition position) {

    /**
     * The file the destination names, relative to the text's folder and with {@code %20} and the like decoded;
     * empty when the destination is an address with a scheme, an absolute path or not a valid address.
     */
    public Optional<String> relativePath() {
        try {
            URI uri = new URI(destination.strip());
            String path = uri.getPath();
            if (uri.isAbsolute()
                    || uri.getRawAuthority() != null
                    || path == null
                    || path.isEmpty()
                    || path.startsWith("/")) {
                return Optional.empty();
            }
            return Optional.of(path);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Whether the link leads to another web site, which the reports list for review. */
    public boolean isExternal() {
        return !image && destination.regionMatches(true, 0, "http", 0, 4) && destination.contains("://");
    }
}
