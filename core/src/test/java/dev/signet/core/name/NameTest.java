package dev.signet.core.name;

import dev.signet.core.testutil.TestData;
import dev.signet.core.text.TextException;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class NameTest {

    @Test
    void canonicalOrderMatchesRfc4034Section61Vector() throws Exception {
        List<String> lines = Files.readAllLines(TestData.path("vectors/rfc4034/canonical-order-6.1.txt"));
        List<Name> expected = new ArrayList<>();
        for (String l : lines) {
            if (!l.isBlank()) {
                expected.add(Name.parse(l.trim(), Name.ROOT));
            }
        }
        assertEquals(9, expected.size());
        for (long seed = 1; seed <= 20; seed++) {
            List<Name> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, new Random(seed));
            Collections.sort(shuffled);
            for (int i = 0; i < expected.size(); i++) {
                assertTrue(expected.get(i).equalsExact(shuffled.get(i)), "seed " + seed + " position " + i);
            }
        }
    }

    @Test
    void equalityIgnoresCaseButPresentationKeepsIt() {
        Name a = Name.of("WWW.Example.COM.");
        Name b = Name.of("www.example.com.");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(0, a.compareTo(b));
        assertEquals("WWW.Example.COM.", a.toString());
        assertFalse(a.equalsExact(b));
    }

    @Test
    void escapesRoundTrip() {
        Name n = Name.parse("a\\.b\\032c\\\\d\\000.example.", null);
        assertEquals(2, n.labelCount());
        assertArrayEquals(new byte[] {'a', '.', 'b', ' ', 'c', '\\', 'd', 0}, n.label(0));
        assertEquals("a\\.b\\032c\\\\d\\000.example.", n.toString());
        assertEquals(n, Name.parse(n.toString(), null));
    }

    @Test
    void relativeNamesAndOrigin() {
        Name origin = Name.of("example.com.");
        assertEquals(Name.of("www.example.com."), Name.parse("www", origin));
        assertEquals(origin, Name.parse("@", origin));
        assertEquals("www", Name.of("www.example.com.").toRelativeString(origin));
        assertEquals("@", origin.toRelativeString(origin));
        assertEquals("other.org.", Name.of("other.org.").toRelativeString(origin));
        TextException e = assertThrows(TextException.class, () -> Name.parse("www", null));
        assertEquals("RELATIVE_NAME", e.code());
    }

    @Test
    void limitsAreEnforced() {
        assertEquals("LABEL_TOO_LONG", assertThrows(TextException.class,
                () -> Name.of("a".repeat(64) + ".")).code());
        Name.of("a".repeat(63) + ".");
        String label = "a".repeat(63);
        // 4 labels of 63 = 256 octets > 255
        assertEquals("NAME_TOO_LONG", assertThrows(TextException.class,
                () -> Name.of(label + "." + label + "." + label + "." + label + ".")).code());
        assertEquals("EMPTY_LABEL", assertThrows(TextException.class, () -> Name.of("a..b.")).code());
        assertEquals("BAD_ESCAPE", assertThrows(TextException.class, () -> Name.of("a\\25.")).code());
        assertEquals("BAD_ESCAPE", assertThrows(TextException.class, () -> Name.of("a\\256.")).code());
    }

    @Test
    void structure() {
        Name n = Name.of("*.a.Example.");
        assertTrue(n.isWildcard());
        assertEquals(3, n.labelCount());
        assertEquals(Name.of("a.example."), n.parent());
        assertEquals(Name.of("example."), n.suffix(1));
        assertTrue(n.isSubdomainOf(Name.of("EXAMPLE.")));
        assertTrue(n.isSubdomainOf(Name.ROOT));
        assertFalse(Name.of("xa.example.").isSubdomainOf(Name.of("a.example.")));
        assertEquals(n, Name.of("a.example.").wildcardChild());
        assertEquals(n, Name.fromWire(n.toWire(), 0));
        assertEquals(0, Name.ROOT.labelCount());
        assertEquals(".", Name.ROOT.toString());
    }

    @Test
    void compareToIsConsistentWithEqualsOnRandomNames() {
        Random r = new Random(42);
        byte[] alphabet = {'a', 'B', 'z', '-', '0', 0, (byte) 0xC8, '*'};
        List<Name> names = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int labels = 1 + r.nextInt(3);
            byte[][] ls = new byte[labels][];
            for (int j = 0; j < labels; j++) {
                ls[j] = new byte[1 + r.nextInt(3)];
                for (int k = 0; k < ls[j].length; k++) {
                    ls[j][k] = alphabet[r.nextInt(alphabet.length)];
                }
            }
            names.add(Name.fromLabels(ls));
        }
        for (Name a : names) {
            assertEquals(a, Name.parse(a.toString(), null), "presentation round trip of " + a);
            for (Name b : names) {
                int c = a.compareTo(b);
                assertEquals(a.equals(b), c == 0, a + " vs " + b);
                assertEquals(Integer.signum(c), -Integer.signum(b.compareTo(a)));
            }
        }
    }
}
