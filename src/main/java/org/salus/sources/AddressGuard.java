package org.salus.sources;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Keeps the watch's requests on the public internet: a cited URL, or a redirect, whose host resolves
 * to any private, loopback, link-local, multicast or unspecified address is refused, so a source
 * cannot make the server probe its own network. Every address of the host is checked, not only the
 * first. Hosts in {@code salus.sources.allowed-private-hosts} are exempt.
 */
@Component
class AddressGuard {

    private final Set<String> allowed;

    AddressGuard(SourceWatchProperties settings) {
        this.allowed = settings.allowedPrivateHosts().stream()
                .map(host -> host.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Why the host may not be fetched, or {@code null} when it may. */
    String refusal(String host) {
        if (host == null || host.isBlank()) {
            return "no host";
        }
        if (allowed.contains(host.toLowerCase(Locale.ROOT))) {
            return null;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return null; // the request itself fails and is recorded as unreachable
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                return "private address " + address.getHostAddress();
            }
        }
        return null;
    }

    static boolean isPrivate(InetAddress address) {
        return address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()
                || uniqueLocal(address)
                || sharedOrBenchmark(address);
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
