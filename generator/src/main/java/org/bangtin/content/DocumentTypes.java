package org.bangtin.content;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bangtin.text.Folding;

/**
 * The kinds of administrative documents and the abbreviations their numbers carry, from Nghị định
 * 30/2020/NĐ-CP, Phụ lục III (and Kết luận, common in Party and council documents). A Công văn has
 * no abbreviation of its own: its number is {@code <số>/<issuer>-<unit>}, such as {@code 720/UBND-VP}.
 */
public final class DocumentTypes {
    /** The type of a letter ("Công văn"), whose number carries no type abbreviation. */
    public static final String LETTER = "Công văn";

    private static final Map<String, String> ABBREVIATIONS = table();
    private static final Map<String, String> BY_FOLDED_NAME = new LinkedHashMap<>();
    private static final Map<String, String> BY_ABBREVIATION = new LinkedHashMap<>();

    static {
        ABBREVIATIONS.forEach((name, abbreviation) -> {
            BY_FOLDED_NAME.put(fold(name), name);
            BY_ABBREVIATION.put(abbreviation, name);
        });
    }

    private DocumentTypes() {
    }

    private static Map<String, String> table() {
        Map<String, String> table = new LinkedHashMap<>();
        table.put("Nghị quyết", "NQ");
        table.put("Quyết định", "QĐ");
        table.put("Chỉ thị", "CT");
        table.put("Quy chế", "QC");
        table.put("Quy định", "QyĐ");
        table.put("Thông cáo", "TC");
        table.put("Thông báo", "TB");
        table.put("Hướng dẫn", "HD");
        table.put("Chương trình", "CTr");
        table.put("Kế hoạch", "KH");
        table.put("Phương án", "PA");
        table.put("Đề án", "ĐA");
        table.put("Dự án", "DA");
        table.put("Báo cáo", "BC");
        table.put("Biên bản", "BB");
        table.put("Tờ trình", "TTr");
        table.put("Hợp đồng", "HĐ");
        table.put("Công điện", "CĐ");
        table.put("Bản ghi nhớ", "BGN");
        table.put("Bản thỏa thuận", "BTT");
        table.put("Giấy ủy quyền", "GUQ");
        table.put("Giấy mời", "GM");
        table.put("Giấy giới thiệu", "GGT");
        table.put("Giấy nghỉ phép", "GNP");
        table.put("Phiếu gửi", "PG");
        table.put("Phiếu chuyển", "PC");
        table.put("Phiếu báo", "PB");
        table.put("Kết luận", "KL");
        return table;
    }

    /** The type's canonical name ("Quyết định" for "quyết định" or "Quyet dinh"), if it is known. */
    public static Optional<String> name(String type) {
        if (type == null) {
            return Optional.empty();
        }
        String folded = fold(type);
        if (folded.equals(fold(LETTER))) {
            return Optional.of(LETTER);
        }
        return Optional.ofNullable(BY_FOLDED_NAME.get(folded));
    }

    /** The abbreviation of a known type ("KH" for "Kế hoạch"); empty for a Công văn or an unknown type. */
    public static Optional<String> abbreviation(String type) {
        return name(type).map(ABBREVIATIONS::get);
    }

    /** The type an abbreviation stands for ("Kế hoạch" for "KH"), compared exactly. */
    public static Optional<String> typeOf(String abbreviation) {
        return Optional.ofNullable(BY_ABBREVIATION.get(abbreviation));
    }

    /** Whether {@code abbreviation} differs from a known one only in case or marks ("QD", "Ttr"). */
    public static Optional<String> nearAbbreviation(String abbreviation) {
        String folded = fold(abbreviation);
        return BY_ABBREVIATION.keySet().stream().filter(a -> fold(a).equals(folded)).findFirst();
    }

    private static String fold(String text) {
        return Folding.fold(text.strip()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
