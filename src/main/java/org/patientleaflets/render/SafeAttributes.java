package org.patientleaflets.render;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The last word on every attribute a leaflet body renders with: only harmless attributes stay, and links
 * and images keep their address only when it is relative or uses a safe scheme. Markdown's {@code {...}}
 * attributes and link destinations are content, and no content may run script in a patient's browser.
 */
final class SafeAttributes implements AttributeProvider {

    private static final Set<String> ALLOWED = Set.of("id", "class", "href", "src", "alt", "title", "align");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\p{Cc}\\p{Cf}]");

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        for (String name : List.copyOf(attributes.keySet())) {
            String key = name.toLowerCase(Locale.ROOT);
            if (!ALLOWED.contains(key) || (URL_ATTRIBUTES.contains(key) && !safeUrl(attributes.getValue(name)))) {
                attributes.remove(name);
            }
        }
    }

    static boolean safeUrl(String url) {
        String plain = INVISIBLE.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        var scheme = SCHEME.matcher(plain);
        return !scheme.find() || SAFE_SCHEMES.contains(scheme.group(1));
    }
}
