package org.bangtin.render.view;

import java.util.List;

/**
 * {@code validity} in {@code notice.peb}.
 *
 * @param expired    whether the notice is no longer in force ("Hết hiệu lực")
 * @param expires    when it stops or stopped being in force, or null
 * @param replacedBy the notice that replaces it, or null
 * @param replaces   the notices it replaces
 */
public record ValidityView(boolean expired, DateView expires, NeighbourView replacedBy, List<NeighbourView> replaces) {
    public ValidityView {
        replaces = List.copyOf(replaces);
    }
}
