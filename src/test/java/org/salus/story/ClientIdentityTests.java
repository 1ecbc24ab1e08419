package org.salus.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reports count once per network: the /24 of an IPv4 address, the /48 of an IPv6 one. */
class ClientIdentityTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            192.0.2.17             | 192.0.2.0/24
            192.0.2.250            | 192.0.2.0/24
            198.51.100.7           | 198.51.100.0/24
            ::ffff:192.0.2.9       | 192.0.2.0/24
            2001:db8:1:5::1        | 2001:db8:1:0:0:0:0:0/48
            2001:DB8:1:ffff:1:2:3:4 | 2001:db8:1:0:0:0:0:0/48
            fe80::1%eth0           | fe80:0:0:0:0:0:0:0/48
            not-an-address         | not-an-address
            """)
    void anAddressBelongsToItsNetwork(String address, String network) {
        assertThat(ClientIdentity.network(address)).isEqualTo(network);
    }
}
