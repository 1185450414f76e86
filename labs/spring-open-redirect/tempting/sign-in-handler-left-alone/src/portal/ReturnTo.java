package portal;

/**
 * Where to send a customer back to after a link or an action: a page of this portal, or the home page. The address
 * comes from the request, so only a path on this site is honoured: anything a browser could read as another host
 * (https://..., //host, /\host, \/host, http:host, a tab between the slashes) goes home instead.
 */
public final class ReturnTo {

    public static final String HOME = "/home";

    private ReturnTo() {
    }

    /** The page the customer asked to go back to when it is a path on this site, the home page otherwise. */
    public static String orHome(String requested) {
        return isLocalPath(requested) ? requested : HOME;
    }

    /**
     * Whether {@code target} (already decoded by the servlet) is a path on this site: one leading slash, not followed by
     * a slash or a backslash, and no backslash or control character anywhere, which browsers drop or read as slashes.
     */
    static boolean isLocalPath(String target) {
        if (target == null || !target.startsWith("/")) {
            return false;
        }
        if (target.length() > 1 && (target.charAt(1) == '/' || target.charAt(1) == '\\')) {
            return false;
        }
        return target.chars().noneMatch(c -> c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c));
    }
}
