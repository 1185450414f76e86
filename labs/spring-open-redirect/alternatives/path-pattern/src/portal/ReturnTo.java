package portal;

import java.util.regex.Pattern;

/** Where to send a customer back to after a link or an action: the page they came from, or the home page. */
public final class ReturnTo {

    public static final String HOME = "/home";

    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\\\\\p{Cntrl}\\s]*");

    private ReturnTo() {
    }

    /** The page the customer asked to go back to, or the home page when it is missing or not on this site. */
    public static String orHome(String requested) {
        // one slash, then anything but a second slash or a backslash; no backslashes or control characters at all
        return requested != null && LOCAL_PATH.matcher(requested).matches() ? requested : HOME;
    }
}
