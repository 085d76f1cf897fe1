/** Marker of the line carrying a step's outcome on a child's stdout (the pandas script prints it too). */
export const resultMarker = 'BENCH_RESULT ';
