package org.salus.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientNetworkTests {

    @Test
    void anIpv4AddressKeepsItsSlash24() {
        assertThat(ClientNetwork.of("203.0.113.77")).isEqualTo("203.0.113.0/24");
    }

    @Test
    void anIpv6AddressKeepsItsSlash48InEitherForm() {
        assertThat(ClientNetwork.of("2001:db8:1234:5678::1")).isEqualTo("2001:db8:1234::/48");
        assertThat(ClientNetwork.of("2001:0db8:1234:5678:0:0:0:1")).isEqualTo("2001:db8:1234::/48");
        assertThat(ClientNetwork.of("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0::/48");
    }

    @Test
    void anythingButANumericAddressIsUnknownAndNeverLookedUp() {
        assertThat(ClientNetwork.of("example.org")).isEqualTo("unknown");
        assertThat(ClientNetwork.of("")).isEqualTo("unknown");
        assertThat(ClientNetwork.of(null)).isEqualTo("unknown");
    }
}
