package kycert.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import kycert.domain.text.StorableText.Fault;
import kycert.domain.text.TextArbitraries.AnyText;
import kycert.domain.text.TextArbitraries.BadChar;
import kycert.domain.text.TextArbitraries.CleanText;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;

/** Storable text is exactly the text without Unicode control characters (Cc) and without unpaired surrogates. */
class StorableTextProperties {

    @Property(tries = 500)
    void cleanTextFromAnyScript_isStorable(@ForAll(supplier = CleanText.class) String s) {
        assertThat(StorableText.fault(s)).isEmpty();
    }

    @Property(tries = 1000)
    void aFault_isFoundExactlyWhenACodePointIsACcControlOrASurrogate(@ForAll(supplier = AnyText.class) String s) {
        // String.codePoints() yields an unpaired surrogate as itself, a proper pair as one supplementary code point
        boolean control = s.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL);
        boolean lone = s.codePoints().anyMatch(cp -> Character.getType(cp) == Character.SURROGATE);

        assertThat(StorableText.fault(s).isDefined()).as("%s", escape(s)).isEqualTo(control || lone);
    }

    @Property(tries = 1000)
    void oneBadCharacter_anywhereInCleanText_isFoundWithItsClass(@ForAll(supplier = CleanText.class) String clean,
                                                                @ForAll(supplier = BadChar.class) char bad,
                                                                @ForAll int where) {
        int[] boundaries = clean.codePoints().map(Character::charCount).toArray();
        int at = 0;
        for (int i = 0; i < Math.floorMod(where, boundaries.length + 1); i++) at += boundaries[i];
        String s = clean.substring(0, at) + bad + clean.substring(at);

        Fault expected = Character.isSurrogate(bad) ? Fault.UNPAIRED_SURROGATE : Fault.CONTROL_CHARACTER;
        assertThat(StorableText.fault(s)).as("%s", escape(s)).contains(expected);
    }

    @Property(tries = 300)
    void multiLineText_allowsTabLineFeedAndCarriageReturn_only(@ForAll(supplier = CleanText.class) String clean,
                                                              @ForAll(supplier = BadChar.class) char bad) {
        assertThat(StorableText.multiLineFault(clean + "\t" + clean + "\r\n" + clean)).isEmpty();
        boolean allowed = bad == '\t' || bad == '\n' || bad == '\r';
        assertThat(StorableText.multiLineFault(clean + bad + clean).isDefined()).isEqualTo(!allowed);
    }

    @Example
    void nul_del_c1_andLoneHalves_areFaults_whileAPairIsNot() {
        assertThat(StorableText.fault("a\u0000b")).contains(Fault.CONTROL_CHARACTER);
        assertThat(StorableText.fault("a\u007fb")).contains(Fault.CONTROL_CHARACTER);
        assertThat(StorableText.fault("a\u0085b")).contains(Fault.CONTROL_CHARACTER);
        assertThat(StorableText.fault("a\ud800")).contains(Fault.UNPAIRED_SURROGATE);
        assertThat(StorableText.fault("\udc00a")).contains(Fault.UNPAIRED_SURROGATE);
        assertThat(StorableText.fault("\udbff\udfff\ud83d\ude00 José 李 ÿ\u00a0")).isEmpty();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
