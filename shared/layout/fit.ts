/**
 * The closest the view zooms in when it is fitted to the design, by the app on its own (opening
 * a design, Fit view, after Arrange) or to bring a card into view: cards at a comfortable reading
 * size — a small design fitted as close as the canvas allows is a few giant cards. Arrange
 * weighs its layouts by the size they are shown at, up to this (auto-layout).
 */
export const FIT_MAX_ZOOM = 1.2;
