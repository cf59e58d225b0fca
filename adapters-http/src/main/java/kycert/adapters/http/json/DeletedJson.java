package kycert.adapters.http.json;

/** What a DELETE answers: the id and kind of what is gone. */
public record DeletedJson(String id, String object, boolean deleted) {
    public static DeletedJson of(String id, String object) {
        return new DeletedJson(id, object, true);
    }
}
