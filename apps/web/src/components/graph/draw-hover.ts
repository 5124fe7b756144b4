import type { NodeDisplayData, PartialButFor } from "sigma/types";

/**
 * Hover label drawn in the theme's surface colors (sigma's default is a white box, unreadable
 * with light label text in the dark theme).
 */
export function makeHoverDrawer(surface: string, text: string, border: string) {
  return (
    context: CanvasRenderingContext2D,
    data: PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color">,
    settings: { labelSize: number; labelFont: string },
  ) => {
    const size = settings.labelSize;
    context.font = `600 ${size}px ${settings.labelFont}`;
    const label = data.label ?? "";
    const width = context.measureText(label).width;
    const padding = 4;
    const x = data.x + data.size + 4;
    const y = data.y - size / 2 - padding;
    context.fillStyle = surface;
    context.strokeStyle = border;
    context.lineWidth = 1;
    context.beginPath();
    context.roundRect(x - padding, y, width + padding * 2, size + padding * 2, 4);
    context.fill();
    context.stroke();
    context.beginPath();
    context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
    context.strokeStyle = text;
    context.lineWidth = 2;
    context.stroke();
    context.fillStyle = text;
    context.fillText(label, x, data.y + size / 3);
  };
}
