package portal;

import java.net.URI;
import java.net.URISyntaxException;

/** Where to send a customer back to after a link or an action: the page they came from, or the home page. */
public final class ReturnTo {

    public static final String HOME = "/home";

    private ReturnTo() {
    }

    /** The page the customer asked to go back to, or the home page when it is missing or not on this site. */
    public static String orHome(String requested) {
        if (requested == null || requested.chars().anyMatch(Character::isISOControl)) {
            return HOME;
        }
        try {
            // browsers read a backslash as a slash: parse what they would see
            URI uri = new URI(requested.replace('\\', '/'));
            boolean localPath = uri.getScheme() == null && uri.getRawAuthority() == null
                    && uri.getRawPath() != null && uri.getRawPath().startsWith("/");
            return localPath ? requested : HOME;
        } catch (URISyntaxException notAUri) {
            return HOME;
        }
    }
}
