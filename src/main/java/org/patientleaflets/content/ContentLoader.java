package org.patientleaflets.content;

import com.vladsch.flexmark.util.ast.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.patientleaflets.Progress;
import org.patientleaflets.config.SiteSettings;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.model.GlossaryEntry;
import org.patientleaflets.model.Leaflet;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.model.Ledger;
import org.patientleaflets.model.PublishedVersion;
import org.patientleaflets.model.SourcePosition;

/**
 * Loads {@code site.yaml}, the ledger of published files, every {@code <slug>/<language>.md} of a content
 * folder and its frozen copies {@code <slug>/versions/<n>/<language>.md}. A leaflet with a
 * file that cannot be read is left out after its diagnostic, so that checks do not pile guesses on it.
 */
public final class ContentLoader {

    static final String LAYOUT_RULE = "content-layout";
    /** A leaflet folder's name, which is also its address: lowercase ASCII words joined by hyphens. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final String MARKDOWN = ".md";
    /** The folder of a leaflet that holds its published versions. */
    public static final String VERSIONS = "versions";

    private static final Pattern VERSION_NUMBER = Pattern.compile("[1-9][0-9]{0,8}");

    private final Path projectDirectory;
    private final TextFileReader files;
    private final FrontMatterReader frontMatter = new FrontMatterReader();
    private final MarkdownReader markdown = new MarkdownReader();

    private final TextCache cache;
    private final Function<SiteSettings, ? extends BodyRendering> renderings;
    /** The folders of this load found inside the content folder once links are followed. */
    private final Set<Path> foldersInside = ConcurrentHashMap.newKeySet();

    /** The SHA-256 of each text read, by its path as shown: the content's hashes are those of the bytes read. */
    private final Map<Path, String> textHashes = new ConcurrentHashMap<>();

    /** @param renderings makes the HTML renderer of a site with the given settings */
    public ContentLoader(Path projectDirectory, Function<SiteSettings, ? extends BodyRendering> renderings) {
        this(projectDirectory, TextCache.none(), renderings);
    }

    /**
     * @param cache the texts an earlier load read, for those whose files have not changed since
     * @param renderings makes the HTML renderer of a site with the given settings
     */
    public ContentLoader(
            Path projectDirectory, TextCache cache, Function<SiteSettings, ? extends BodyRendering> renderings) {
        this.projectDirectory = projectDirectory;
        this.files = new TextFileReader(projectDirectory);
        this.cache = cache;
        this.renderings = renderings;
    }

    public LoadedContent load(Path contentDirectory) {
        return load(contentDirectory, Progress.SILENT);
    }

    /** Loads as {@link #load(Path)} does, telling {@code progress} of each leaflet folder read. */
    public LoadedContent load(Path contentDirectory, Progress progress) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (!Files.isDirectory(contentDirectory)) {
            diagnostics.add(Diagnostic.error(
                    SourcePosition.startOf(projectDirectory.relativize(contentDirectory)),
                    LAYOUT_RULE,
                    "content folder not found: create it, or point <contentDirectory> (-Dleaflet.contentDirectory)"
                            + " at the folder holding site.yaml"));
            return new LoadedContent(Optional.empty(), diagnostics);
        }
        Optional<SiteSettings> settings =
                new SiteSettingsReader(files, projectDirectory).read(contentDirectory, diagnostics);
        if (settings.isEmpty()) {
            return new LoadedContent(Optional.empty(), diagnostics);
        }
        Ledger ledger = new LedgerReader(files, projectDirectory).read(contentDirectory, diagnostics);
        BodyRendering rendering = renderings.apply(settings.get());
        cache.startLoad(settings.get(), rendering);
        textHashes.clear();
        foldersInside.clear();
        foldersInside.add(contentDirectory);
        // Leaflets are read on every core; each keeps its own diagnostics, taken in the folders' order.
        List<FolderEntry> folders = leafletFolders(contentDirectory);
        AtomicInteger read = new AtomicInteger();
        List<LoadedLeaflet> loaded = folders.parallelStream()
                .map(folder -> {
                    LoadedLeaflet leaflet = cache.unchangedLeaflet(folder.path())
                            .orElseGet(() -> loadLeafletFolder(folder, contentDirectory, settings.get(), rendering));
                    cache.loadedLeaflet(folder.path(), leaflet);
                    progress.advanced("leaflets read", read.incrementAndGet(), folders.size());
                    return leaflet;
                })
                .toList();
        List<Leaflet> leaflets = new ArrayList<>();
        SortedMap<String, String> hashes = new TreeMap<>();
        for (LoadedLeaflet leaflet : loaded) {
            diagnostics.addAll(leaflet.diagnostics());
            leaflet.leaflet().ifPresent(leaflets::add);
            hashes.putAll(leaflet.hashes());
        }
        Map<String, List<GlossaryEntry>> glossary = new GlossaryReader(files, projectDirectory)
                .read(contentDirectory, settings.get().languages(), diagnostics);
        Map<String, List<String>> dictionary = new DictionaryReader(files)
                .read(contentDirectory, settings.get().languages(), diagnostics);
        cache.endLoad();
        Content content = new Content(settings.get(), leaflets, ledger, hashes, glossary, dictionary);
        return new LoadedContent(Optional.of(content), diagnostics);
    }

    /**
     * What a leaflet folder gave: the leaflet, unless it could not be read, and the findings about it.
     *
     * @param hashes the SHA-256 of each current text and of every file under {@code versions/}, by path
     * @param linkFree whether no file or folder of it is a link, whose changes a watcher sees elsewhere
     */
    record LoadedLeaflet(
            Optional<Leaflet> leaflet,
            List<Diagnostic> diagnostics,
            SortedMap<String, String> hashes,
            boolean linkFree) {}

    private LoadedLeaflet loadLeafletFolder(
            FolderEntry folder, Path contentDirectory, SiteSettings settings, BodyRendering rendering) {
        List<Diagnostic> own = new ArrayList<>();
        List<FolderEntry> listed = new ArrayList<>();
        Optional<Leaflet> leaflet = insideContent(folder, contentDirectory, own)
                ? loadLeaflet(folder, contentDirectory, settings, rendering, own, listed)
                : Optional.empty();
        SortedMap<String, String> hashes = leaflet.map(this::hashes).orElse(Collections.emptySortedMap());
        return new LoadedLeaflet(
                leaflet, own, hashes, !folder.link() && listed.stream().noneMatch(FolderEntry::link));
    }

    /** The SHA-256 of a leaflet's current texts and of every file under its {@code versions/}. */
    private SortedMap<String, String> hashes(Leaflet leaflet) {
        SortedMap<String, String> hashes = new TreeMap<>();
        for (LeafletText text : leaflet.texts().values()) {
            hashes.put(text.path(), textHashes.get(text.file()));
        }
        // A leaflet is only loaded when everything in its versions/ folder is a version.
        if (!leaflet.versions().isEmpty()) {
            Path versions = leaflet.folder().resolve(VERSIONS);
            try (Stream<Path> files = Files.walk(versions)) {
                for (Path file : files.filter(Files::isRegularFile)
                        .filter(file -> !hidden(versions.relativize(file)))
                        .toList()) {
                    hashes.put(
                            SourcePosition.startOf(projectDirectory.relativize(file))
                                    .path(),
                            hash(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the published versions of " + leaflet.slug(), e);
            }
        }
        return hashes;
    }

    /** A frozen text's hash as it was read; any other frozen file, such as an image, is read here. */
    private String hash(Path file) throws IOException {
        String read = textHashes.get(projectDirectory.relativize(file));
        return read != null ? read : Sha256.of(file);
    }

    private static List<FolderEntry> leafletFolders(Path contentDirectory) {
        return entries(contentDirectory).stream()
                .filter(FolderEntry::isDirectory)
                .filter(folder -> !hidden(folder.name()))
                .toList();
    }

    /**
     * Whether a name is hidden, starting with a dot: none of the content, such as the {@code ._fr.md} a Mac
     * leaves beside a text on a shared drive, the {@code .DS_Store} its file browser leaves in each folder it
     * shows, or an editor's lock file. The preview's watcher ignores them too.
     */
    private static boolean hidden(String name) {
        return name.startsWith(".");
    }

    /** Whether any name along {@code path} is hidden. */
    private static boolean hidden(Path path) {
        for (Path name : path) {
            if (hidden(name.toString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A file or folder as one look at the file system shows it: whether it is a link, and what it is once
     * the link is followed. A preview reads thousands of folders at every save; asking the system once per
     * entry, rather than once per question about it, is most of the time it takes.
     *
     * @param target the attributes once a link is followed; null when a link leads nowhere or the entry went
     */
    private record FolderEntry(Path path, boolean link, BasicFileAttributes target) {

        boolean isDirectory() {
            return target != null && target.isDirectory();
        }

        boolean isRegularFile() {
            return target != null && target.isRegularFile();
        }

        String name() {
            return path.getFileName().toString();
        }
    }

    /** The entries of a folder, sorted by name. */
    private static List<FolderEntry> entries(Path folder) {
        // java.io lists a folder in fewer calls to the system than a DirectoryStream does.
        String[] names = folder.toFile().list();
        if (names == null) {
            throw new UncheckedIOException(new IOException("cannot list " + folder));
        }
        // Sorted as names rather than as paths, at a fraction of the cost.
        Arrays.sort(names);
        List<FolderEntry> entries = new ArrayList<>(names.length);
        for (String name : names) {
            entries.add(entry(folder.resolve(name)));
        }
        return entries;
    }

    private static FolderEntry entry(Path path) {
        try {
            BasicFileAttributes own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!own.isSymbolicLink()) {
                return new FolderEntry(path, false, own);
            }
            return new FolderEntry(path, true, Files.readAttributes(path, BasicFileAttributes.class));
        } catch (IOException e) {
            // Gone since the folder was listed, or a link to nowhere: neither a file nor a folder to read.
            return new FolderEntry(path, Files.isSymbolicLink(path), null);
        }
    }

    /**
     * Whether a file, once links are followed, is still inside the content folder. A link to elsewhere
     * would publish a file nobody reviewed as content.
     */
    private boolean insideContent(FolderEntry entry, Path contentDirectory, List<Diagnostic> diagnostics) {
        // Following links asks the system about each folder of the path, for each of thousands of files: a
        // path that is no link, in a folder found inside already, is inside.
        if (foldersInside.contains(entry.path().getParent()) && !entry.link()
                || followsInside(entry.path(), contentDirectory)) {
            if (entry.isDirectory()) {
                foldersInside.add(entry.path());
            }
            return true;
        }
        diagnostics.add(Diagnostic.error(
                SourcePosition.startOf(projectDirectory.relativize(entry.path())),
                LAYOUT_RULE,
                "this is a link to a place outside the content folder: copy the file into the content folder"
                        + " instead"));
        return false;
    }

    private static boolean followsInside(Path path, Path contentDirectory) {
        try {
            return path.toRealPath().startsWith(contentDirectory.toRealPath());
        } catch (IOException e) {
            // a dangling link: reported like any link that leaves the folder
            return false;
        }
    }

    /** @param listed collects every entry of the leaflet's folders that was looked at */
    private Optional<Leaflet> loadLeaflet(
            FolderEntry folder,
            Path contentDirectory,
            SiteSettings settings,
            BodyRendering rendering,
            List<Diagnostic> diagnostics,
            List<FolderEntry> listed) {
        String slug = folder.name();
        List<FolderEntry> children = entries(folder.path());
        listed.addAll(children);
        List<FolderEntry> texts = markdownFiles(children);
        if (texts.isEmpty()) {
            return Optional.empty();
        }
        if (!SLUG.matcher(slug).matches()) {
            diagnostics.add(Diagnostic.error(
                    SourcePosition.startOf(projectDirectory.relativize(folder.path())),
                    LAYOUT_RULE,
                    "leaflet folder '" + slug + "' is not a valid web address part: use lower-case letters,"
                            + " digits and hyphens only, such as 'mitral-clip'"));
            return Optional.empty();
        }
        int errorsBefore = diagnostics.size();
        TreeMap<String, LeafletText> byLanguage =
                loadTexts(slug, texts, contentDirectory, settings, rendering, diagnostics);
        List<PublishedVersion> versions = new ArrayList<>();
        for (FolderEntry versionFolder : versionFolders(children, diagnostics, listed)) {
            int number = Integer.parseInt(versionFolder.name());
            List<FolderEntry> versionFiles = entries(versionFolder.path());
            listed.addAll(versionFiles);
            TreeMap<String, LeafletText> frozen =
                    loadTexts(slug, markdownFiles(versionFiles), contentDirectory, settings, rendering, diagnostics);
            versions.add(new PublishedVersion(number, new Leaflet(slug, versionFolder.path(), frozen, List.of())));
        }
        return diagnostics.size() > errorsBefore
                ? Optional.empty()
                : Optional.of(new Leaflet(slug, folder.path(), byLanguage, versions));
    }

    /** The folders {@code versions/<n>/} among a leaflet folder's entries; any other name there is an error. */
    private List<FolderEntry> versionFolders(
            List<FolderEntry> leafletEntries, List<Diagnostic> diagnostics, List<FolderEntry> listed) {
        Optional<FolderEntry> versions = leafletEntries.stream()
                .filter(entry -> entry.name().equals(VERSIONS) && entry.isDirectory())
                .findFirst();
        if (versions.isEmpty()) {
            return List.of();
        }
        List<FolderEntry> numbered = new ArrayList<>();
        List<FolderEntry> children = entries(versions.get().path());
        listed.addAll(children);
        for (FolderEntry child : children) {
            if (hidden(child.name())) {
                continue;
            }
            if (child.isDirectory() && VERSION_NUMBER.matcher(child.name()).matches()) {
                numbered.add(child);
            } else {
                diagnostics.add(Diagnostic.error(
                        SourcePosition.startOf(projectDirectory.relativize(child.path())),
                        LAYOUT_RULE,
                        "versions/ holds one folder per published version, named by its number such as"
                                + " 'versions/1': move this elsewhere"));
            }
        }
        return numbered;
    }

    private TreeMap<String, LeafletText> loadTexts(
            String slug,
            List<FolderEntry> texts,
            Path contentDirectory,
            SiteSettings settings,
            BodyRendering rendering,
            List<Diagnostic> diagnostics) {
        TreeMap<String, LeafletText> byLanguage = new TreeMap<>();
        for (FolderEntry text : texts) {
            if (!insideContent(text, contentDirectory, diagnostics)) {
                continue;
            }
            Path file = text.path();
            String name = text.name();
            String language = name.substring(0, name.length() - MARKDOWN.length());
            if (!settings.languages().contains(language)) {
                diagnostics.add(Diagnostic.error(
                        SourcePosition.startOf(projectDirectory.relativize(file)),
                        LAYOUT_RULE,
                        "'" + language + "' is not a language of this site (" + String.join(", ", settings.languages())
                                + "): rename the file or add the language to site.yaml"));
                continue;
            }
            loadText(slug, language, text, rendering, diagnostics).ifPresent(read -> byLanguage.put(language, read));
        }
        return byLanguage;
    }

    private Optional<LeafletText> loadText(
            String slug, String language, FolderEntry text, BodyRendering rendering, List<Diagnostic> diagnostics) {
        Path file = text.path();
        Path shown = projectDirectory.relativize(file);
        return cache.read(
                        file,
                        text.target(),
                        slug,
                        language,
                        () -> files.readHashed(file, diagnostics),
                        (characters, own) -> parse(slug, language, shown, characters, rendering, own))
                .flatMap(read -> {
                    textHashes.put(shown, read.sha256());
                    diagnostics.addAll(read.diagnostics());
                    return read.text();
                });
    }

    private Optional<LeafletText> parse(
            String slug,
            String language,
            Path shown,
            String characters,
            BodyRendering rendering,
            List<Diagnostic> diagnostics) {
        return frontMatter.read(shown, characters, diagnostics).map(split -> {
            // One parse for the checks and the pages.
            Document document = rendering.parse(split.body());
            MarkdownReader.Body body = markdown.read(shown, document, split.body(), split.bodyLine());
            return new LeafletText(
                    slug,
                    language,
                    shown,
                    split.frontMatter(),
                    body.sections(),
                    split.body(),
                    rendering.render(document, language),
                    split.bodyLine(),
                    body.markup().links(),
                    body.markup().rawHtml(),
                    body.markup().anchors());
        });
    }

    /** The texts among a folder's entries. */
    private static List<FolderEntry> markdownFiles(List<FolderEntry> entries) {
        return entries.stream()
                .filter(FolderEntry::isRegularFile)
                .filter(file -> file.name().endsWith(MARKDOWN) && !hidden(file.name()))
                .toList();
    }
}
