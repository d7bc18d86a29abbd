/** What the container hands to either renderer, the SVG one or the canvas one. */
import type { KeyboardEvent } from "react";
import type { Transform } from "./geometry.ts";
import type { PlacedLabel } from "./labels.ts";
import type { Positions, Visibility } from "./picture.ts";
import type { Scene } from "./scene.ts";

export interface RendererProps {
  scene: Scene;
  positions: Positions;
  width: number;
  height: number;
  transform: Transform;
  visible: Visibility;
  /** A hovered, focused or selected node and its neighbours; everything else fades. */
  lit: Set<number> | null;
  centre: number | null;
  focused: number | null;
  selected: number | null;
  labels: PlacedLabel[];
  /** How the graph is announced: its name, and the id of its text summary. */
  name: string;
  describedBy?: string;
  /** Accessible name of one node. */
  nodeName: (index: number) => string;
  setElement: (element: Element | null) => void;
  /** The node under a pointer event, if any. */
  nodeAt: (event: Event) => number | undefined;
  /** The node nearest a click, within a finger's reach: small nodes stay easy to tap on a phone. */
  nodeNear: (event: MouseEvent) => number | undefined;
  onHoverNode: (index: number | null) => void;
  onHoverEdge: (index: number | null, at?: { x: number; y: number }) => void;
  onFocusNode: (index: number | null) => void;
  onOpen: (index: number) => void;
  onKeyDown: (event: KeyboardEvent) => void;
}
