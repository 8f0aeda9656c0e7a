package org.bangtin.content;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bangtin.text.Folding;

/**
 * The names editors give the known front matter fields instead of the English ones: Vietnamese
 * ("chuyên mục", "tác giả", with or without accents) and plurals that are no typo
 * ("categories"). English names of other programs ("description") are left alone: a theme may
 * read them as custom fields. Typos of the English names are left to {@link org.bangtin.text.DidYouMean}.
 */
final class FieldNames {
    private static final Map<String, String> MEANT = table(
            "title", "tiêu đề, tựa đề, tên bài, tiêu đề tin",
            "date", "ngày, ngày đăng, ngày đăng tin, ngày tháng",
            "updated", "ngày cập nhật, cập nhật, ngày sửa",
            "author", "tác giả, người viết, người đăng, bút danh, người soạn",
            "category", "chuyên mục, danh mục, thể loại, mục, categories",
            "tags", "thẻ, từ khóa, nhãn",
            "summary", "tóm tắt, trích yếu, mô tả, sapo, summaries",
            "draft", "nháp, bản nháp",
            "publish", "ngày xuất bản, xuất bản, hẹn giờ đăng",
            "expires", "hết hạn, hết hiệu lực, ngày hết hạn, ngày hết hiệu lực",
            "number", "số hiệu, số, số văn bản, số ký hiệu, số kí hiệu, ký hiệu, kí hiệu",
            "type", "loại văn bản, loại, hình thức văn bản",
            "issuer", "cơ quan ban hành, nơi ban hành, đơn vị ban hành, cơ quan",
            "issued", "ngày ban hành, ngày ký, ngày kí, ngày ký ban hành",
            "attachments", "tệp đính kèm, đính kèm, tài liệu, tài liệu đính kèm, văn bản đính kèm, tệp, tệp tin,"
                    + " file đính kèm",
            "slug", "đường dẫn",
            "aliases", "địa chỉ cũ, đường dẫn cũ, alias",
            "related", "tin liên quan, bài liên quan, liên quan, các tin khác, tin khác");

    private FieldNames() {
    }

    /** The known field {@code key} stands for, if it is one of the names above, written in any case or accents. */
    static Optional<String> meant(String key) {
        return Optional.ofNullable(MEANT.get(normal(key)));
    }

    /** Lower-case letters and digits only, without accents: "Tác giả" and "tac-gia" are both "tacgia". */
    private static String normal(String name) {
        return Folding.fold(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static Map<String, String> table(String... fieldAndNames) {
        Map<String, String> meant = new HashMap<>();
        for (int i = 0; i < fieldAndNames.length; i += 2) {
            for (String name : fieldAndNames[i + 1].split(",")) {
                String earlier = meant.put(normal(name), fieldAndNames[i]);
                if (earlier != null) {
                    throw new IllegalStateException("'" + name.strip() + "' is listed for '" + earlier + "' and '"
                            + fieldAndNames[i] + "'");
                }
            }
        }
        return Map.copyOf(meant);
    }
}
