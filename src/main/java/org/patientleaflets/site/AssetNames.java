package org.patientleaflets.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The published names of the site's assets, each with a hash of its content ({@code assets/site.3f2a9c1b.css}),
 * so that a server may let browsers keep them for ever: a changed file gets a new name.
 */
final class AssetNames {

    private static final int HASH_CHARACTERS = 8;

    private final Map<String, String> published = new TreeMap<>();

    /** Records an asset and returns the name it is published under. */
    String add(String name, byte[] bytes) {
        int dot = name.lastIndexOf('.');
        String hashed = name.substring(0, dot) + "." + hash(bytes) + name.substring(dot);
        published.put(name, hashed);
        return hashed;
    }

    String add(String name, String text) {
        return add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The published name of an asset added before. */
    String of(String name) {
        String hashed = published.get(name);
        if (hashed == null) {
            throw new IllegalStateException("no asset " + name + " was published");
        }
        return hashed;
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARACTERS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
