package org.bangtin.content;

import java.time.LocalDate;

/**
 * The official-document fields of a notice, as Vietnamese portals show them; each may be null.
 *
 * @param number "925/KH-UBND"
 * @param type   "Kế hoạch", "Quyết định", "Thông báo", ...
 * @param issuer "UBND huyện"
 * @param issued the signing date
 */
public record DocumentInfo(String number, String type, String issuer, LocalDate issued) {
    public static final DocumentInfo NONE = new DocumentInfo(null, null, null, null);

    public boolean isEmpty() {
        return number == null && type == null && issuer == null && issued == null;
    }
}
