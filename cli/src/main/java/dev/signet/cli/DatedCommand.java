package dev.signet.cli;

import picocli.CommandLine.Model.CommandSpec;

/** A key command whose -P and -D take an optional {@code sync} word ({@link KeygenCommand.DateConsumer}). */
interface DatedCommand {

    /** Records one date option; {@code sync} for the CDS/CDNSKEY variant. */
    void date(CommandSpec cs, String flag, boolean sync, String value);
}
