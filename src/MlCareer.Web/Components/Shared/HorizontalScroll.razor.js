// Scrolls a horizontal box so that its [data-scroll-start] child is the first thing seen after its sticky
// column ([data-scroll-sticky], if any), unless the box was scrolled already (by the person, or by the
// browser through scroll-initial-target).
export function scrollToStart(box) {
    if (!box || box.scrollLeft > 0) {
        return;
    }

    const target = box.querySelector("[data-scroll-start]");
    if (!target) {
        return;
    }

    const sticky = box.querySelector("[data-scroll-sticky]");
    const stickyWidth = sticky ? sticky.getBoundingClientRect().width : 0;
    const offset = target.getBoundingClientRect().left - box.getBoundingClientRect().left - stickyWidth;
    box.scrollLeft = Math.max(0, offset);
}
