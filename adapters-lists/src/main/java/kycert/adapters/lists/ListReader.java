package kycert.adapters.lists;

/** How one list's import is read from its published files. */
interface ListReader {
    /** Pulls the files it needs from {@code entries}; refuses any that is not this list's format. */
    RecordCursor open(Entries entries);
}
