package dev.lectern.check;

import dev.lectern.Diagnostic;
import dev.lectern.Location;
import dev.lectern.PercentEncoding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Stream;

/**
 * Checks a built site the way a reader's browser follows it from disk: every internal link, form, stylesheet, script
 * and image names a file of the site (a folder is not enough: from {@code file://} nothing serves its
 * {@code index.html}), every {@code #fragment} names an id of its page, every page is reachable from
 * {@code index.html}, and nothing is loaded from the network. Links to the base URL ({@code canonical}) and
 * root-relative links under its path (404.html) count as internal.
 *
 * <p>Files are added one by one, from several threads (the build adds each file as it is rendered);
 * {@link #check(Path)} then reports. Usage: {@code LinkChecker.ofFolder(out, baseUrl).check(out)}.
 */
public final class LinkChecker {

    /** The home page, from which every page must be reachable. */
    public static final String HOME = "index.html";
    /** GitHub Pages' page for missing URLs: served for any path, linked from none. */
    public static final String NOT_FOUND = "404.html";
    /** Lectern's own folder in the output, never part of the site. */
    private static final String STATE_DIR = ".lectern";

    private final String baseUrl;
    private final String basePath;
    /** Each page's references, resolved as they are added, kept compact: at 100,000 papers there are millions. */
    private final Map<String, Page> refs = new ConcurrentHashMap<>();
    /**
     * Resolutions shared by the pages that write the same link from the same folder (after climbing ../): folder,
     * then URL as written, to target.
     */
    private final Map<String, FolderTargets> resolved = new ConcurrentHashMap<>();

    /** The targets of the URLs written in (or climbing to) one folder, by URL as written. */
    private static final class FolderTargets extends ConcurrentHashMap<String, Target> {
    }
    /** One copy of each id, shared by every page that has it (the targets keep one of each URL). */
    private final Map<String, String> strings = new ConcurrentHashMap<>();
    /**
     * One page's references: where each leads (its target keeps the URL as written) and its line, by index; which
     * of them a reader follows to another page; and the page's ids, sorted and distinct.
     */
    private record Page(Target[] targets, int[] lines, BitSet navigation, String[] ids) {

        boolean hasId(String id) {
            return Arrays.binarySearch(ids, id) >= 0;
        }
    }
    /** How many targets {@link #resolveShared} made: each has its number, by which a check keeps its verdict. */
    private final AtomicInteger targetCount = new AtomicInteger();
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    /**
     * The pages kept from the last build ({@link #add(String, Links)}), with their links as that build read them:
     * until {@link #check} knows whether they need checking again, only their links that depend on where the site
     * is published or that leave it are resolved (see {@link #keptPagesVouchedFor}).
     */
    private final Map<String, Links> keptLinks = new ConcurrentHashMap<>();
    /** Pages rendered again that the last build had, with their links then ({@link #earlier}). */
    private final Map<String, Links> before = new ConcurrentHashMap<>();
    /** Files the last build had ({@link #earlierFiles}); none known until told. */
    private final Set<String> earlierFiles = ConcurrentHashMap.newKeySet();

    /** @param baseUrl where the site is published, ending in {@code /}, or empty when unknown */
    public LinkChecker(String baseUrl) {
        this.baseUrl = baseUrl == null ? "" : baseUrl;
        this.basePath = basePathOf(this.baseUrl);
    }

    /** A checker holding every file of the built site in {@code out} (Lectern's own {@code .lectern/} aside). */
    public static LinkChecker ofFolder(Path out, String baseUrl) throws IOException {
        LinkChecker checker = new LinkChecker(baseUrl);
        Path root = out.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> all = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
            all.parallelStream().forEach(p -> {
                String path = root.relativize(p).toString().replace('\\', '/');
                if (path.equals(STATE_DIR) || path.startsWith(STATE_DIR + "/")) {
                    return;
                }
                try {
                    checker.add(path, needsReading(path) ? Files.readAllBytes(p) : null);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return checker;
    }

    /**
     * The published URL the pages of {@code out} give as their canonical link, or empty: lets {@code lectern check}
     * resolve links to the base URL without reading the site's settings.
     */
    public static String baseUrlOf(Path out) throws IOException {
        Path home = out.resolve(HOME);
        if (!Files.isRegularFile(home)) {
            return "";
        }
        String html = Files.readString(home, StandardCharsets.UTF_8);
        org.jsoup.nodes.Element canonical = org.jsoup.Jsoup.parse(html).selectFirst("link[rel=canonical][href]");
        String url = canonical == null ? "" : canonical.attr("href").strip();
        return url.matches("(?i)https?://.+/") ? url : "";
    }

    private static boolean needsReading(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".html") || p.endsWith(".htm") || p.endsWith(".css");
    }

    /**
     * Adds one file of the site. {@code bytes} are read when it is an HTML page or a stylesheet, and may be null
     * for other files.
     */
    public void add(String path, byte[] bytes) {
        files.add(path);
        String p = path.toLowerCase(Locale.ROOT);
        if (bytes == null) {
            return;
        }
        if (p.endsWith(".html") || p.endsWith(".htm")) {
            refs.put(path, compact(path, RefExtractor.html(bytes)));
        } else if (p.endsWith(".css")) {
            refs.put(path, compact(path, RefExtractor.css(bytes)));
        }
    }

    /**
     * What an HTML page or stylesheet refers to and the ids it has, as the checker reads them from its bytes: what
     * a build keeps for a page it does not render again.
     *
     * @param urls       the URLs as written, in document order
     * @param lines      the line of each
     * @param navigation which of them a reader follows to another page (links and forms)
     * @param ids        the page's element ids and anchor names
     */
    public record Links(List<String> urls, int[] lines, BitSet navigation, List<String> ids) {
    }

    /**
     * The references and ids of the page or stylesheet at {@code path} (ids sorted), or null when it has none
     * recorded. They share the checker's arrays, which the caller must not change: the page cache writes these for
     * every page of the site, and copying them cost a second at 100,000 papers.
     */
    public Links links(String path) {
        Links kept = keptLinks.get(path);
        if (kept != null) {
            return kept;
        }
        Page page = refs.get(path);
        if (page == null) {
            return null;
        }
        Target[] targets = page.targets();
        List<String> urls = new AbstractList<>() {
            @Override
            public String get(int index) {
                return targets[index].written();
            }

            @Override
            public int size() {
                return targets.length;
            }
        };
        return new Links(urls, page.lines(), page.navigation(),
                Collections.unmodifiableList(Arrays.asList(page.ids())));
    }

    /**
     * Adds a file of the site whose references and ids were read by an earlier build ({@link #links}), kept from
     * that build as it was. The checker keeps {@code links} as they are: the caller hands them over.
     *
     * <p>Of its links, only those that are absolute or root-relative are resolved now (they depend on the base URL,
     * or load from the network, which warns in every build); its relative links and the walk from the home page are
     * checked again only when {@link #check} cannot vouch for them: at 100,000 papers a rebuild resolved 20 million
     * links of pages whose bytes had not changed.
     */
    public void add(String path, Links links) {
        files.add(path);
        if (links.urls().isEmpty() && links.ids().isEmpty() && !needsReading(path)) {
            return; // a file the checker does not read
        }
        keptLinks.put(path, links);
        List<String> urls = links.urls();
        int anchored = 0;
        int[] positions = new int[Math.min(urls.size(), 8)];
        for (int i = 0; i < urls.size(); i++) {
            if (isAnchored(urls.get(i))) {
                if (anchored == positions.length) {
                    positions = Arrays.copyOf(positions, positions.length * 2);
                }
                positions[anchored++] = i;
            }
        }
        String[] folders = climbsFrom(path);
        FolderTargets[] seen = new FolderTargets[folders.length];
        Target[] targets = new Target[anchored];
        int[] lines = new int[anchored];
        BitSet navigation = new BitSet(anchored);
        for (int k = 0; k < anchored; k++) {
            int i = positions[k];
            targets[k] = resolveShared(folders, seen, urls.get(i));
            lines[k] = links.lines()[i];
            navigation.set(k, links.navigation().get(i));
        }
        refs.put(path, new Page(targets, lines, navigation, sortedIds(links.ids())));
    }

    /**
     * Tells the checker what a page it is handed rendered again had in the last build: the links and ids that build
     * read from it. With those of every such page, and the last build's files ({@link #earlierFiles}), a check can
     * vouch for the pages kept from that build without resolving their links again.
     */
    public void earlier(String path, Links links) {
        before.put(path, links);
    }

    /**
     * Tells the checker files that the last build had, whose links it checked (every build does, before it commits):
     * each that this build does not have means a link to it may break. Told more than once, it takes them all.
     */
    public void earlierFiles(Set<String> paths) {
        earlierFiles.addAll(paths);
    }

    /** Whether {@code url} is absolute or root-relative: where it leads does not depend on the page's folder. */
    private static boolean isAnchored(String url) {
        String u = url.strip();
        return u.startsWith("/") || schemeEnd(u) > 0;
    }

    /** A kept page with every link resolved, as if it had been read again. */
    private Page resolvedKept(String path, Links links) {
        String[] folders = climbsFrom(path);
        FolderTargets[] seen = new FolderTargets[folders.length];
        Target[] targets = new Target[links.urls().size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = resolveShared(folders, seen, links.urls().get(i));
        }
        return new Page(targets, links.lines(), links.navigation(), refs.get(path).ids());
    }

    /**
     * Whether the pages kept from the last build need no check beyond their anchored links ({@link #add(String,
     * Links)}). That build checked every link of theirs and walked from the home page to every page, and the site
     * it committed is the one they were kept from. So when no file of it is gone ({@link #earlierFiles}: the
     * manifest of its commit and its page cache), every page of this build is one of it, and each page rendered
     * again still has every id it had and still leads to every page it led to, then each relative link of a kept
     * page still finds its file and id, and every page is still reachable. When any of that fails, or is unknown,
     * every kept link is resolved and checked, and the walk is made.
     */
    private boolean keptPagesVouchedFor() {
        if (keptLinks.isEmpty() || earlierFiles.isEmpty() || !files.containsAll(earlierFiles)) {
            return false;
        }
        for (String path : refs.keySet()) {
            if (isHtml(path) && !keptLinks.containsKey(path) && !before.containsKey(path)) {
                return false; // a new page: reachable only if the walk finds it
            }
        }
        for (Map.Entry<String, Links> page : before.entrySet()) {
            Page now = refs.get(page.getKey());
            if (now == null || keptLinks.containsKey(page.getKey())) {
                return false;
            }
            Links then = page.getValue();
            for (String id : then.ids()) {
                if (!now.hasId(id)) {
                    return false;
                }
            }
            Set<String> ledTo = new HashSet<>();
            for (int i = 0; i < now.targets().length; i++) {
                String led = now.navigation().get(i) ? leadsTo(now.targets()[i]) : null;
                if (led != null) {
                    ledTo.add(led);
                }
            }
            for (int i = 0; i < then.urls().size(); i++) {
                String led = then.navigation().get(i) ? leadsTo(resolve(page.getKey(), then.urls().get(i))) : null;
                if (led != null && !ledTo.contains(led)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The file of the site a link to {@code target} leads to, or null (it leaves the site, or stays on the page). */
    private String leadsTo(Target target) {
        return target.external() || target.problem() != null || target.path() == null ? null : pageOf(target);
    }

    private Page compact(String path, PageRefs page) {
        String[] folders = climbsFrom(path);
        FolderTargets[] seen = new FolderTargets[folders.length];
        int n = page.refs().size();
        Target[] targets = new Target[n];
        int[] lines = new int[n];
        BitSet navigation = new BitSet(n);
        for (int i = 0; i < n; i++) {
            PageRefs.Ref ref = page.refs().get(i);
            // the target keeps one copy of the URL as written, which every page that writes it shares
            targets[i] = resolveShared(folders, seen, ref.url());
            lines[i] = ref.line();
            navigation.set(i, ref.navigation());
        }
        String[] ids = new String[page.ids().size()];
        int count = 0;
        for (String id : page.ids()) {
            ids[count++] = shared(id);
        }
        Arrays.sort(ids);
        return new Page(targets, lines, navigation, withoutRepeats(ids));
    }

    /** {@code ids} sorted, each once; those of a kept page come sorted already, which is checked, not assumed. */
    private static String[] sortedIds(List<String> ids) {
        String[] sorted = ids.toArray(String[]::new);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i - 1].compareTo(sorted[i]) >= 0) {
                Arrays.sort(sorted);
                return withoutRepeats(sorted);
            }
        }
        return sorted;
    }

    /** {@code sorted} with each string once. */
    private static String[] withoutRepeats(String[] sorted) {
        int kept = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (kept == 0 || !sorted[i].equals(sorted[kept - 1])) {
                sorted[kept++] = sorted[i];
            }
        }
        return kept == sorted.length ? sorted : Arrays.copyOf(sorted, kept);
    }

    /** The one copy of {@code s} that pages share. */
    private String shared(String s) {
        String known = strings.get(s);
        return known != null ? known : strings.computeIfAbsent(s, x -> x);
    }

    /** How many files the checker holds. */
    public int fileCount() {
        return files.size();
    }

    /**
     * Broken references (errors), unreachable pages (errors) and resources loaded from the network (warnings),
     * in page and line order. Locations are files under {@code root}.
     */
    public List<Diagnostic> check(Path root) {
        boolean vouched = keptPagesVouchedFor();
        if (!vouched) {
            keptLinks.entrySet().parallelStream().forEach(e -> refs.put(e.getKey(), resolvedKept(e.getKey(),
                    e.getValue())));
        }
        // Every file gets a number. What a target leads to, or why it is broken, is then found once per target
        // rather than once per link, and the walk from the home page marks numbers: at 100,000 papers there are
        // millions of links, and looking each one's file up by name was most of the check.
        String[] numbered = files.toArray(String[]::new);
        Map<String, Integer> number = new HashMap<>(numbered.length * 2);
        for (int i = 0; i < numbered.length; i++) {
            number.put(numbered[i], i);
        }
        AtomicReferenceArray<Verdict> verdicts = new AtomicReferenceArray<>(targetCount.get());
        int[][] navigation = new int[numbered.length][];
        // pages are checked apart from each other, on every core; the problems are sorted at the end
        List<Diagnostic> problems = new ArrayList<>(refs.entrySet().parallelStream().flatMap(entry -> {
            String from = entry.getKey();
            Page page = entry.getValue();
            List<Diagnostic> found = new ArrayList<>(0);
            int[] leadsTo = new int[page.targets().length];
            int follows = 0;
            for (int i = 0; i < page.targets().length; i++) {
                Target target = page.targets()[i];
                boolean followed = page.navigation().get(i);
                if (target.external()) {
                    if (!followed && target.network()) {
                        found.add(Diagnostic.warning(new Location(root.resolve(from), page.lines()[i], 0),
                                "loads " + target.written() + " from the network",
                                "copy the file into the site (or leave it out): pages must work offline"));
                    }
                    continue;
                }
                String broken;
                int file = -1; // a bare #fragment stays on this page, which the walk has reached already
                if (target.path() == null && target.problem() == null) {
                    broken = missingId(from, page, target.fragment());
                } else {
                    Verdict verdict = verdicts.get(target.id());
                    if (verdict == null) {
                        verdict = verdictOf(target, number);
                        verdicts.set(target.id(), verdict); // another thread may find the same: both are equal
                    }
                    broken = verdict.broken();
                    file = verdict.file();
                }
                if (broken != null) {
                    found.add(Diagnostic.error(new Location(root.resolve(from), page.lines()[i], 0),
                            "broken link '" + target.written() + "': " + broken,
                            broken.startsWith("it names a folder")
                                    ? "internal links name index.html, so that the site works from disk too"
                                    : "fix the template or content that makes this link; relative links start"
                                            + " from the folder of the page they are on"));
                } else if (followed && file >= 0) {
                    leadsTo[follows++] = file;
                }
            }
            navigation[number.get(from)] = Arrays.copyOf(leadsTo, follows);
            return found.stream();
        }).toList());
        for (String page : vouched ? Set.<String>of() : unreachable(navigation, number, numbered)) {
            problems.add(Diagnostic.error(Location.of(root.resolve(page)),
                    "page is not reachable from " + HOME + " by following links",
                    "link to it from a page that is, or remove it"));
        }
        problems.sort(Diagnostic.ORDER);
        return List.copyOf(problems);
    }

    /**
     * What a link to {@code target} (which names a file, or cannot be resolved) comes to, wherever it is written:
     * why it is broken, or null; and the number of the file it leads to, or -1.
     */
    private record Verdict(String broken, int file) {
    }

    private Verdict verdictOf(Target target, Map<String, Integer> number) {
        if (target.problem() != null) {
            return new Verdict(target.problem(), -1);
        }
        String path = pageOf(target);
        if (path == null) {
            return new Verdict("it names a folder; link to " + folderIndex(target.path())
                    + " so that the link works from disk", -1);
        }
        Integer file = number.get(path);
        if (file == null) {
            return new Verdict("no file " + path + " in the site", -1);
        }
        return new Verdict(missingId(path, refs.get(path), target.fragment()), file);
    }

    /** Why {@code #fragment} on the file at {@code path} (whose page is {@code page}, or null) is broken, or null. */
    private static String missingId(String path, Page page, String fragment) {
        if (fragment != null && !fragment.isEmpty() && !fragment.equals("top") && isHtml(path) && page != null
                && !page.hasId(fragment)) {
            return "no element with id '" + fragment + "' on " + path;
        }
        return null;
    }

    /**
     * The file a target that names a path leads to: a folder's index.html for published URLs (a web server serves
     * it); null for a relative link to a folder, which does not work from disk.
     */
    private String pageOf(Target target) {
        String path = target.path();
        boolean folder = path.isEmpty() || path.endsWith("/") || !files.contains(path) && isFolder(path);
        if (!folder) {
            return path;
        }
        return target.published() ? folderIndex(path) : null;
    }

    private static String folderIndex(String folder) {
        return folder.isEmpty() ? HOME : folder.endsWith("/") ? folder + HOME : folder + "/" + HOME;
    }

    private boolean isFolder(String path) {
        String prefix = path + "/";
        return files.stream().anyMatch(f -> f.startsWith(prefix));
    }

    private static boolean isHtml(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".html") || p.endsWith(".htm");
    }

    /** The pages that no walk from the home page reaches; {@code navigation} holds each file's links by number. */
    private static Set<String> unreachable(int[][] navigation, Map<String, Integer> number, String[] numbered) {
        BitSet seen = new BitSet(numbered.length);
        int[] stack = new int[numbered.length];
        int top = 0;
        Integer home = number.get(HOME);
        if (home != null) {
            seen.set(home);
            stack[top++] = home;
        }
        while (top > 0) {
            int[] next = navigation[stack[--top]];
            for (int n : next == null ? new int[0] : next) {
                if (!seen.get(n)) {
                    seen.set(n); // each file goes on the stack once, so it never holds more than all of them
                    stack[top++] = n;
                }
            }
        }
        Set<String> unreachable = new TreeSet<>();
        for (int i = 0; i < numbered.length; i++) {
            if (!seen.get(i) && isHtml(numbered[i]) && !numbered[i].equals(NOT_FOUND)) {
                unreachable.add(numbered[i]);
            }
        }
        return unreachable;
    }

    /**
     * Where a URL written on a page leads.
     *
     * @param path      the site path (no leading slash; ending in {@code /} or empty for a folder), or null for the
     *                  page itself (a bare {@code #fragment})
     * @param fragment  the decoded fragment, or null
     * @param external  whether it leaves the site (another host, mailto:, data:)
     * @param network   whether loading it needs the network
     * @param published whether it is a published URL (the base URL's), which a web server resolves for folders
     * @param problem   why it cannot be resolved, or null
     * @param id        its number among the targets that pages hold ({@link #resolveShared}), or -1
     * @param written   the URL as written, for those
     */
    record Target(String path, String fragment, boolean external, boolean network, boolean published,
                  String problem, int id, String written) {

        Target(String path, String fragment, boolean external, boolean network, boolean published, String problem) {
            this(path, fragment, external, network, published, problem, -1, null);
        }

        static Target away(boolean network) {
            return new Target(null, null, true, network, false, null);
        }

        static Target broken(String problem) {
            return new Target(null, null, false, false, false, problem);
        }

        Target numbered(int number, String url) {
            return new Target(path, fragment, external, network, published, problem, number, url);
        }
    }

    /** The folder of a site path: empty for the root, else ending in {@code /}. */
    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /** The folder of the page at {@code path} and those above it (index k: k levels up), up to the root (empty). */
    private static String[] climbsFrom(String path) {
        String folder = folderOf(path);
        int depth = 0;
        for (int i = 0; i < folder.length(); i++) {
            depth += folder.charAt(i) == '/' ? 1 : 0;
        }
        String[] up = new String[depth + 1];
        up[0] = folder;
        for (int k = 1; k <= depth; k++) {
            String dir = up[k - 1];
            up[k] = folderOf(dir.substring(0, dir.length() - 1));
        }
        return up;
    }

    /**
     * As {@link #resolve}, for a page in {@code folders[0]} ({@link #climbsFrom}), with results kept in
     * {@code resolved}: pages in one folder, or climbing to one, write the same links (navigation, topics, related
     * papers), and each is resolved once. The key is the folder reached after the leading {@code ../} and the URL as
     * written, which together name one target (but for a URL that climbs above the root, resolved on its own); so
     * no string is built per link (the URLs are shared copies, which keep their hash codes). {@code seen} holds the page's own view of {@code resolved}, by how many folders a link
     * climbs, so that each page looks each folder up once, not once per link.
     */
    private Target resolveShared(String[] folders, FolderTargets[] seen, String url) {
        // a bare #fragment names the page it is on, and an absolute or root-relative URL one place, wherever the
        // page is: all of them share the root's (a page's canonical URL would otherwise make a map for its folder)
        boolean anywhere = url.startsWith("#") || url.startsWith("/") || schemeEnd(url) > 0;
        int up = anywhere ? folders.length - 1 : 0;
        while (!anywhere && url.startsWith("../", up * 3) && up < folders.length - 1) {
            up++;
        }
        String from = folders[up];
        int climbed = anywhere ? 0 : up * 3;
        if (!anywhere && url.startsWith("../", climbed)) {
            // it climbs above the root, by as many folders as this page is shallow: the URL as written would name a
            // different target on a deeper page, which reaches the root, so it is not shared
            return resolveIn(from, url.substring(climbed)).numbered(targetCount.getAndIncrement(), url);
        }
        FolderTargets inFolder = seen[up];
        if (inFolder == null) {
            // get first: computeIfAbsent locks a bin even when the key is there, and nearly every link is there
            inFolder = resolved.get(from);
            if (inFolder == null) {
                inFolder = resolved.computeIfAbsent(from, k -> new FolderTargets());
            }
            seen[up] = inFolder;
        }
        Target target = inFolder.get(url);
        return target != null ? target : inFolder.computeIfAbsent(url,
                u -> resolveIn(from, u.substring(climbed)).numbered(targetCount.getAndIncrement(), u));
    }

    /** Resolves {@code url} as written on the page at site path {@code from}. */
    Target resolve(String from, String url) {
        return resolveIn(folderOf(from), url);
    }

    /** Resolves {@code url} as written on a page in the folder {@code dir} (empty, or ending in {@code /}). */
    private Target resolveIn(String dir, String url) {
        String u = url.strip();
        if (!baseUrl.isEmpty() && u.regionMatches(true, 0, baseUrl, 0, baseUrl.length())) {
            return internal("", u.substring(baseUrl.length()), true);
        }
        if (u.startsWith("//")) {
            return Target.away(true);
        }
        int colon = schemeEnd(u);
        if (colon > 0) {
            String scheme = u.substring(0, colon).toLowerCase(Locale.ROOT);
            if (scheme.equals("javascript") || scheme.equals("vbscript") || scheme.equals("file")) {
                return Target.broken(scheme + ": URLs are not allowed in the site");
            }
            return Target.away(scheme.equals("http") || scheme.equals("https") || scheme.equals("ftp"));
        }
        if (u.startsWith("/")) {
            if (!u.startsWith(basePath)) {
                return Target.broken("a root-relative link outside the site's base path " + basePath);
            }
            return internal("", u.substring(basePath.length()), true);
        }
        return internal(dir, u, false);
    }

    /** The index of the colon that ends the URL's scheme ({@code https:}, {@code mailto:}), or -1. */
    private static int schemeEnd(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return i;
            }
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-'))) {
                return -1;
            }
        }
        return -1;
    }

    /** {@code url} relative to the folder {@code dir} (ending in {@code /}, or empty for the root). */
    private static Target internal(String dir, String url, boolean published) {
        String rest = url;
        String fragment = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = PercentEncoding.decode(rest.substring(hash + 1));
            if (fragment == null) {
                return Target.broken("malformed percent-encoding in the fragment");
            }
            rest = rest.substring(0, hash);
        }
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        if (rest.isEmpty()) {
            return new Target(published ? dir : null, fragment, false, false, published, null);
        }
        String decoded = PercentEncoding.decode(rest);
        if (decoded == null) {
            return Target.broken("malformed percent-encoding");
        }
        String[] parts = (dir + decoded).split("/", -1);
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            if (part.equals("..")) {
                if (out.isEmpty()) {
                    return Target.broken("it leads out of the site's folder");
                }
                out.remove(out.size() - 1);
            } else if (!part.equals(".") && !part.isEmpty()) {
                out.add(part);
            }
        }
        String last = parts[parts.length - 1];
        boolean folder = last.isEmpty() || last.equals(".") || last.equals("..");
        String path = String.join("/", out);
        return new Target(folder && !path.isEmpty() ? path + "/" : path, fragment, false, false, published, null);
    }

    private static String basePathOf(String baseUrl) {
        int scheme = baseUrl.indexOf("://");
        if (scheme < 0) {
            return "/";
        }
        int slash = baseUrl.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : baseUrl.substring(slash);
    }
}
