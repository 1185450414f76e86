package portal;

/** Where to send a customer back to after a link or an action: the page they came from, or the home page. */
public final class ReturnTo {

    public static final String HOME = "/home";

    private ReturnTo() {
    }

    /** The page the customer asked to go back to, or the home page when the request names none. */
    public static String orHome(String requested) {
        if (requested == null || requested.isBlank()) {
            return HOME;
        }
        return requested;
    }
}
