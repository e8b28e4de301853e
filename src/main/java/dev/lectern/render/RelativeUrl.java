package dev.lectern.render;

/**
 * Links between pages of the site as relative URLs that name {@code index.html}, so the same files work at a domain
 * root, under a project path and from disk: {@code RelativeUrl.from("papers/x/index.html").to("topics/y/index.html")}
 * is {@code ../../topics/y/index.html}.
 */
public final class RelativeUrl {

    private final String fromDir;
    private final int depth;

    private RelativeUrl(String fromPath) {
        int slash = fromPath.lastIndexOf('/');
        this.fromDir = slash < 0 ? "" : fromPath.substring(0, slash + 1);
        this.depth = (int) fromDir.chars().filter(c -> c == '/').count();
    }

    /** Links from the page at {@code fromPath} (a path inside the site, like {@code papers/x/index.html}). */
    public static RelativeUrl from(String fromPath) {
        return new RelativeUrl(fromPath);
    }

    /** The relative URL of {@code targetPath} (which may end in {@code #fragment}). */
    public String to(String targetPath) {
        String fragment = "";
        int hash = targetPath.indexOf('#');
        String path = targetPath;
        if (hash >= 0) {
            fragment = targetPath.substring(hash);
            path = targetPath.substring(0, hash);
        }
        if (path.isEmpty()) {
            return fragment;
        }
        if (path.startsWith(fromDir)) {
            String rest = path.substring(fromDir.length());
            if (!rest.isEmpty()) {
                return rest + fragment;
            }
        }
        return "../".repeat(depth) + path + fragment;
    }

    /** The prefix that leads from this page to the site's root folder: {@code ../../} or empty. */
    public String toRoot() {
        return "../".repeat(depth);
    }
}
