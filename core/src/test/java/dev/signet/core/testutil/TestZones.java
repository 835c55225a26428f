package dev.signet.core.testutil;

import dev.signet.core.name.Name;
import dev.signet.core.rr.RrClass;
import dev.signet.core.zone.CheckOptions;
import dev.signet.core.zone.Diagnostic;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneLoader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Loads zones for tests the way named-checkzone does, failing on any load error. */
public final class TestZones {

    private TestZones() {
    }

    public static Zone load(Path file, String apex) {
        try {
            return check(ZoneLoader.load(file, Name.of(apex), RrClass.IN, CheckOptions.compilezoneDefaults(),
                    file.toAbsolutePath().getParent()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Zone parse(String text, String apex) {
        return check(ZoneLoader.load(new StringReader(text), "test.db", Name.of(apex), RrClass.IN,
                CheckOptions.compilezoneDefaults()));
    }

    private static Zone check(ZoneLoader.Result r) {
        if (!r.loaded()) {
            Diagnostic d = r.firstError();
            throw new IllegalArgumentException("zone did not load: " + d);
        }
        return r.zone();
    }
}
