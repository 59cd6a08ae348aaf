export function App() {
  return <main>PostLens dashboard</main>;
}
