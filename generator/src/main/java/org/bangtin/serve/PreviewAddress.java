package org.bangtin.serve;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The addresses of a preview: how to write the one it listens on in a URL, and which names a
 * request may give in its {@code Host} header.
 */
public final class PreviewAddress {
    private PreviewAddress() {
    }

    /**
     * The host part of the preview's URL for a server bound to {@code bound}: the machine's own
     * network address when it listens on all of them ({@code --bind 0.0.0.0}), so that the
     * printed address and the pages' links work from a colleague's computer; IPv6 in brackets.
     */
    public static String urlHost(InetAddress bound) {
        InetAddress shown = bound.isAnyLocalAddress() ? networkAddress().orElse(InetAddress.getLoopbackAddress()) : bound;
        return shown instanceof Inet6Address ? "[" + shown.getHostAddress() + "]" : shown.getHostAddress();
    }

    /**
     * Whether a request's {@code Host} header names this machine's loopback: a page of another
     * site that a DNS name turned to 127.0.0.1 ("DNS rebinding") sends its own name, and must not
     * read the preview, drafts included. No header (HTTP/1.0) is let through.
     */
    static boolean isLoopbackHost(String hostHeader) {
        if (hostHeader == null) {
            return true;
        }
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 && host.substring(1, end).equals("::1");
        }
        int colon = host.indexOf(':');
        host = colon >= 0 ? host.substring(0, colon) : host;
        return host.equals("localhost") || host.endsWith(".localhost") || host.matches("127(\\.\\d{1,3}){3}");
    }

    /** The first IPv4 address of an interface that is up and not the loopback, else any such address. */
    private static Optional<InetAddress> networkAddress() {
        try {
            return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .filter(PreviewAddress::isUpAndOut)
                    .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                    .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                    .min(Comparator.comparing(a -> a instanceof Inet4Address ? 0 : 1));
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static boolean isUpAndOut(NetworkInterface face) {
        try {
            return face.isUp() && !face.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
