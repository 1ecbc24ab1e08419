package org.salus.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps requests to addresses that came from outside (a cited source, an EHR's {@code fhirServer})
 * on the public internet: a host that resolves to any private, loopback, link-local (the cloud
 * metadata address 169.254.169.254 among them), carrier-grade NAT, multicast or unspecified address
 * is refused, so whoever names the address cannot make the server probe its own network. The host
 * is resolved once and every address it resolves to is checked, not only the first. Hosts on the
 * allow-list (an intranet source, a hospital's FHIR server on its private network) are exempt.
 */
public final class AddressGuard {

    private final Set<String> allowed;

    /** @param allowedHosts host names or IP literals that may resolve to private addresses (case ignored) */
    public AddressGuard(Collection<String> allowedHosts) {
        this.allowed = allowedHosts.stream()
                .map(host -> host.trim().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Why the host may not be connected to, or {@code null} when it may. An unknown host passes: connecting fails. */
    public String refusal(String host) {
        if (host == null || host.isBlank()) {
            return "no host";
        }
        if (allowed.contains(bare(host))) {
            return null;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return null; // the request itself fails and the caller treats it as unreachable
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                return "private address " + address.getHostAddress();
            }
        }
        return null;
    }

    public static boolean isPrivate(InetAddress address) {
        return address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()
                || uniqueLocal(address)
                || sharedOrBenchmark(address);
    }

    /** An IPv6 literal comes from a URI as {@code [::1]}; the allow-list names it without brackets. */
    private static String bare(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
    }

    /** IPv6 unique local addresses, fc00::/7 (Java's site-local test knows only the old fec0::/10). */
    private static boolean uniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** IPv4 carrier-grade NAT 100.64.0.0/10 and the 0.0.0.0/8 block, which Java does not flag. */
    private static boolean sharedOrBenchmark(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length != 4) {
            return false;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128);
    }
}
