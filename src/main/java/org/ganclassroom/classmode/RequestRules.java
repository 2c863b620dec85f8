package org.ganclassroom.classmode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a request to the class server must look like before any handler reads it (docs/class-mode.md, "What
 * someone on the same Wi-Fi can and cannot do"), and the page's Content-Security-Policy. Headless: the server
 * asks, the tests ask without a server.
 */
final class RequestRules {

    /** Why a request is refused: the HTTP status and the sentence for the page. */
    record Refusal(int status, String sentence) {
    }

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-fA-F:.%a-zA-Z]+\\]"); // a zone too: [fe80::1%25eth0]

    private RequestRules() {
    }

    /**
     * Null when the request may go on. The rules: the Host is an address (or this network's own mDNS name,
     * {@code something.local}), never an Internet name, so a web page on another site that renames itself to
     * this server's address (DNS rebinding) is refused; a body says its
     * length (a chunked one was read whole past the 2 KB cap: 157 MB became 1.3 GB of heap); a body is a form,
     * the only kind the page sends (multipart gave a 500); a POST from a browser comes from this server's own
     * page (its Origin), so another site open on a phone cannot answer for the student.
     */
    static Refusal refusal(String method, String host, String origin, String contentType, String transferEncoding) {
        String name = hostName(host);
        if (name == null || !(IPV4.matcher(name).matches() || IPV6.matcher(name).matches()
                || name.equalsIgnoreCase("localhost") || name.toLowerCase(Locale.ROOT).endsWith(".local"))) {
            return new Refusal(421, "Open the class by the address the projector shows.");
        }
        if (!"POST".equalsIgnoreCase(method)) {
            return null;
        }
        if (transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            return new Refusal(411, "A request's body must say its length.");
        }
        if (contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return new Refusal(415, "Only the page's forms are taken.");
        }
        if (origin != null && !origin.equalsIgnoreCase("http://" + host)) {
            return new Refusal(403, "Answers come from this class's own page.");
        }
        return null;
    }

    /** The Host header without its port; null when there is none. */
    private static String hostName(String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        String h = host.strip();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? null : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    /**
     * The phone page's Content-Security-Policy: nothing but its own inline script and style (by their SHA-256,
     * so an injected script would not run), pictures and requests from this server only, no framing.
     */
    static String contentSecurityPolicy(String page) {
        return "default-src 'none'; script-src " + hashes(page, "script") + "; style-src " + hashes(page, "style")
                + "; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    }

    private static String hashes(String page, String tag) {
        StringBuilder sources = new StringBuilder();
        Matcher inline = Pattern.compile("<" + tag + ">(.*?)</" + tag + ">", Pattern.DOTALL).matcher(page);
        while (inline.find()) {
            sources.append(sources.length() == 0 ? "" : " ").append("'sha256-").append(sha256(inline.group(1))).append('\'');
        }
        return sources.length() == 0 ? "'none'" : sources.toString();
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }
}
