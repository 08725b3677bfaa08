// Scrolls each horizontal box ([data-scroll-box], HorizontalScroll.razor) so that its [data-scroll-start] child is
// the first thing seen after its sticky column ([data-scroll-sticky], if any), once, when the box appears: in the
// prerendered page, and again when the circuit renders it or a page navigated to brings one. The server is not
// asked: a box that stays keeps where the person scrolled it.
function scrollToStart(box) {
    const target = box.querySelector("[data-scroll-start]");
    if (!target) {
        return;
    }

    const sticky = box.querySelector("[data-scroll-sticky]");
    const stickyWidth = sticky ? sticky.getBoundingClientRect().width : 0;
    const offset = target.getBoundingClientRect().left - box.getBoundingClientRect().left + box.scrollLeft - stickyWidth;
    box.scrollLeft = Math.max(0, offset);
}

function scrollBoxesIn(root) {
    if (root.matches("[data-scroll-box]")) {
        scrollToStart(root);
    }

    root.querySelectorAll("[data-scroll-box]").forEach(scrollToStart);
}

scrollBoxesIn(document.documentElement);
new MutationObserver(records => {
    for (const record of records) {
        for (const node of record.addedNodes) {
            if (node instanceof Element) {
                scrollBoxesIn(node);
            }
        }
    }
}).observe(document.documentElement, { childList: true, subtree: true });
