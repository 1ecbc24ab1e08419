package org.salus.markdown;

import org.commonmark.node.CustomBlock;

/** A block quote that began with {@code [!emergency]}, {@code [!urgent]} or {@code [!info]}: its other blocks are its body. */
public final class Callout extends CustomBlock {

    private final CalloutKind kind;

    Callout(CalloutKind kind) {
        this.kind = kind;
    }

    public CalloutKind kind() {
        return kind;
    }
}
