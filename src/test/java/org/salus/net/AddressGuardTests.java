package org.salus.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses the source watch and the FHIR client never connect to (IP literals: no DNS needed). */
class AddressGuardTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.1.2.3",
                "10.1.2.3",
                "172.16.0.1",
                "192.168.1.1",
                "169.254.169.254",
                "0.0.0.0",
                "100.64.0.1",
                "224.0.0.1",
                "::1",
                "::",
                "fe80::1",
                "fd00::1",
                "ff02::1"
            })
    void privateLoopbackLinkLocalAndMulticastAddressesAreRefused(String address) throws UnknownHostException {
        assertThat(AddressGuard.isPrivate(InetAddress.getByName(address))).isTrue();
        assertThat(guard(List.of()).refusal(address)).startsWith("private address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "100.128.0.1", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"})
    void publicAddressesArePassed(String address) throws UnknownHostException {
        assertThat(AddressGuard.isPrivate(InetAddress.getByName(address))).isFalse();
        assertThat(guard(List.of()).refusal(address)).isNull();
    }

    @Test
    void anAllowListedHostIsPassedAndOnlyThatHost() {
        AddressGuard guard = guard(List.of("127.0.0.1"));

        assertThat(guard.refusal("127.0.0.1")).isNull();
        assertThat(guard.refusal("127.0.0.2")).isEqualTo("private address 127.0.0.2");
    }

    @Test
    void anIpv6LiteralFromAUriMatchesTheAllowListWithoutBrackets() {
        AddressGuard guard = guard(List.of("::1", " LOCALHOST "));

        assertThat(guard.refusal("[::1]")).isNull();
        assertThat(guard.refusal("localhost")).isNull();
        assertThat(guard(List.of()).refusal("[::1]")).startsWith("private address");
    }

    static AddressGuard guard(List<String> allowed) {
        return new AddressGuard(allowed);
    }
}
