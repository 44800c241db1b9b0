package org.patientleaflets.site;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.patientleaflets.content.Sha256;

/**
 * The published names of the site's assets, each with a hash of its content ({@code assets/site.3f2a9c1b.css}),
 * so that a server may let browsers keep them for ever: a changed file gets a new name.
 */
final class AssetNames {

    private static final int HASH_CHARACTERS = 8;

    /** Safe to share between threads: the parts of the search index are named as they are written. */
    private final Map<String, String> published = new ConcurrentHashMap<>();

    /** Records an asset and returns the name it is published under. */
    String add(String name, byte[] bytes) {
        return addHashed(name, Sha256.of(bytes));
    }

    /** Records an asset whose SHA-256 is known, written as hexadecimal digits, and returns its published name. */
    String addHashed(String name, String sha256) {
        int dot = name.lastIndexOf('.');
        String hashed = name.substring(0, dot) + "." + sha256.substring(0, HASH_CHARACTERS) + name.substring(dot);
        published.put(name, hashed);
        return hashed;
    }

    /** The published name of an asset added before. */
    String of(String name) {
        String hashed = published.get(name);
        if (hashed == null) {
            throw new IllegalStateException("no asset " + name + " was published");
        }
        return hashed;
    }
}
