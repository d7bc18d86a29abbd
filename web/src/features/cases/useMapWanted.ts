import { type RefObject, useEffect, useLayoutEffect, useState } from "react";

/**
 * Whether the explore map may start now: once the list has settled and its cards have been painted (the
 * first cards then do not share the main thread with MapLibre's start), and once the map's place is
 * within a screen of the view (where a layout puts it below the filters).
 * Stays true once reached. `fetchMap` is called once the list has settled and the place is near, before
 * the cards' frame is painted: to start downloading the map's code.
 */
export function useMapWanted(
  place: RefObject<HTMLElement | null>,
  listSettled: boolean,
  fetchMap?: () => void,
): boolean {
  const painted = useAfterPaint(listSettled);
  const near = useNearView(place);
  // The map's code may travel meanwhile: it arrives long after the cards' frame, and runs only then.
  // Asked for before that frame is laid out and painted when the place is in reach already (the
  // observer tells only after the paint, which took 0.1-0.5 s of a slow processor).
  useLayoutEffect(() => {
    if (listSettled && place.current && withinAScreen(place.current)) fetchMap?.();
  }, [listSettled, place, fetchMap]);
  useEffect(() => {
    if (listSettled && near) fetchMap?.();
  }, [listSettled, near, fetchMap]);
  return painted && near;
}

/** True from the first paint after `ready` became true. */
function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    // A task queued from an animation frame runs once that frame has been painted.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}

/** Whether the element is within a screen's height of the viewport (as the observer's margin below). */
function withinAScreen(element: HTMLElement): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return top < 2 * window.innerHeight && bottom > -window.innerHeight;
}

/** True once the element has come within a screen's height of the viewport. */
function useNearView(place: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = place.current;
    if (near || !element) return;
    if (typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: "100% 0px",
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [place, near]);
  return near;
}
