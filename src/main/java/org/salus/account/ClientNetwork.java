package org.salus.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The network a request came from, as the audit log keeps it: an IPv4 address cut to its /24
 * ({@code 203.0.113.0/24}), an IPv6 address to its /48 ({@code 2001:db8:1234::/48}). The log is kept
 * for years and a failed sign-in can come from any reader, so it holds no whole address; the
 * network is still enough to see that a burst of failures came from one place.
 */
final class ClientNetwork {

    /** What {@code getRemoteAddr()} gives: a numeric address, never a name (no DNS look-up here). */
    private static final Pattern NUMERIC = Pattern.compile("[0-9A-Fa-f.:]{2,45}");

    private ClientNetwork() {}

    /** The network of {@code address}, or {@code "unknown"} when it is not a numeric address. */
    static String of(String address) {
        if (address == null || !NUMERIC.matcher(address).matches()) {
            return "unknown";
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return "unknown";
        }
        if (bytes.length == 4) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0/24";
        }
        return group(bytes, 0) + ":" + group(bytes, 2) + ":" + group(bytes, 4) + "::/48";
    }

    private static String group(byte[] bytes, int at) {
        return Integer.toHexString(((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff));
    }
}
