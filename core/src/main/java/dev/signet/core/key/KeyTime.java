package dev.signet.core.key;

/**
 * The timing events BIND 9.18 keeps for a key, in the order it writes them in a v1.3
 * {@code .private} file. {@code .key} comments show all but DSPublish; {@code .state} files use
 * other names for some (Generated, Published, Active, Retired, Revoked, Removed, PublishCDS,
 * DeleteCDS).
 */
public enum KeyTime {
    CREATED("Created", true, "Generated"),
    PUBLISH("Publish", true, "Published"),
    ACTIVATE("Activate", true, "Active"),
    REVOKE("Revoke", true, "Revoked"),
    INACTIVE("Inactive", true, "Retired"),
    DELETE("Delete", true, "Removed"),
    DS_PUBLISH("DSPublish", false, "DSPublish"),
    SYNC_PUBLISH("SyncPublish", true, "PublishCDS"),
    SYNC_DELETE("SyncDelete", true, "DeleteCDS");

    private final String tag;
    private final boolean inPublicFile;
    private final String stateTag;

    KeyTime(String tag, boolean inPublicFile, String stateTag) {
        this.tag = tag;
        this.inPublicFile = inPublicFile;
        this.stateTag = stateTag;
    }

    /** The {@code .private} field name (without the colon). */
    public String tag() {
        return tag;
    }

    /** Whether BIND prints it as a {@code ; Tag: …} comment in the {@code .key} file. */
    public boolean inPublicFile() {
        return inPublicFile;
    }

    /** The {@code .state} field name. */
    public String stateTag() {
        return stateTag;
    }
}
